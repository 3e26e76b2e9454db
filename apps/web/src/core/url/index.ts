/**
 * The shareable part of the view (selection, filters, colour mode, open tool, camera) as URL query
 * parameters, so copying the address shares exactly what is on screen, and Back undoes a step. Defaults
 * are left out to keep links short.
 */
import {
  ACTOR_KINDS,
  isActorKind,
  isPolarity,
  isRelationType,
  POLARITIES,
  RELATION_TYPES,
} from '@entente/core/ontology';
import { DEFAULT_FILTERS, type FilterState } from '../../filters/filter';
import { colorModeStore } from '../appearance';
import type { ColorMode } from '../appearance/colors';
import { type CameraView, cameraStore, parseCamera, serializeCamera } from '../camera';
import { filtersStore, orderedRange } from '../filters';
import { type PanelState, panelStore, type Tool } from '../panels';
import { type Selection, selectionStore } from '../selection';

export interface UrlState {
  selection: Selection;
  filters: FilterState;
  colorMode: ColorMode;
  panel: PanelState;
  /** Null: the whole graph. */
  camera: CameraView | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string | null): string | null {
  return value && DATE.test(value) ? value : null;
}

function list<T>(value: string | null, guard: (v: unknown) => v is T, all: readonly T[]): T[] {
  if (value === null) return [...all];
  const wanted = new Set<unknown>(value.split(',').filter(guard));
  return all.filter((item) => wanted.has(item));
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Read a view from a query string; anything invalid falls back to its default rather than failing. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const dates = orderedRange(validDate(params.get('since')), validDate(params.get('until')));
  const min = Number.parseInt(params.get('min') ?? '', 10);
  const tool = params.get('tool');
  const node = params.get('node');
  const edge = params.get('edge');
  return {
    selection: { node: node || null, edge: node ? null : edge || null },
    filters: {
      types: list(params.get('types'), isRelationType, RELATION_TYPES),
      polarities: list(params.get('pol'), isPolarity, POLARITIES),
      kinds: list(params.get('kinds'), isActorKind, ACTOR_KINDS),
      since: dates.since,
      until: dates.until,
      minSources: Number.isFinite(min) && min >= 1 ? min : DEFAULT_FILTERS.minSources,
      hideIsolated: params.get('isolated') !== 'show',
    },
    colorMode: params.get('color') === 'community' ? 'community' : 'kind',
    panel: {
      tool: tool === 'relationship' || tool === 'ingest' ? (tool as Tool) : null,
      pairA: params.get('a') || null,
      pairB: params.get('b') || null,
      rollup: params.get('rollup') === '1',
    },
    camera: parseCamera(params.get('cam')),
  };
}

/** Write a view as a query string (without the leading "?"), keeping unrelated parameters of `base`. */
export function serializeUrlState(state: UrlState, base = ''): string {
  const params = new URLSearchParams(base);
  const put = (key: string, value: string | null) => {
    if (value === null || value === '') params.delete(key);
    else params.set(key, value);
  };
  const { filters, selection, panel } = state;
  put('node', selection.node);
  put('edge', selection.node ? null : selection.edge);
  put('types', sameList(filters.types, RELATION_TYPES) ? null : filters.types.join(','));
  put('pol', sameList(filters.polarities, POLARITIES) ? null : filters.polarities.join(','));
  put('kinds', sameList(filters.kinds, ACTOR_KINDS) ? null : filters.kinds.join(','));
  put('since', filters.since);
  put('until', filters.until);
  put('min', filters.minSources === DEFAULT_FILTERS.minSources ? null : String(filters.minSources));
  put('isolated', filters.hideIsolated ? null : 'show');
  put('color', state.colorMode === 'kind' ? null : state.colorMode);
  put('tool', panel.tool);
  put('a', panel.tool === 'relationship' ? panel.pairA : null);
  put('b', panel.tool === 'relationship' ? panel.pairB : null);
  put('rollup', panel.tool === 'relationship' && panel.rollup ? '1' : null);
  put('cam', serializeCamera(state.camera));
  return params.toString();
}

export function currentUrlState(): UrlState {
  return {
    selection: selectionStore.get(),
    filters: filtersStore.get(),
    colorMode: colorModeStore.get(),
    panel: panelStore.get(),
    camera: cameraStore.get(),
  };
}

export function applyUrlState(state: UrlState): void {
  filtersStore.set(state.filters);
  colorModeStore.set(state.colorMode);
  selectionStore.set(state.selection);
  panelStore.set(state.panel);
  cameraStore.set(state.camera);
}

/** A query string without the camera: what a step in the history is about. */
function withoutCamera(query: string): string {
  const params = new URLSearchParams(query);
  params.delete('cam');
  return params.toString();
}

/**
 * Load the view from the address bar, then keep the address bar up to date and follow back/forward.
 * Each user action that changes what is shown (a selection, a filter, the colours, a tool) pushes a
 * history entry, so Back undoes it; the camera moving only rewrites the current entry, so Back returns
 * to the view before the action, camera included. Returns a function that stops syncing.
 */
let continuing = false;

/**
 * Make the changes `change` applies rewrite the current history entry instead of pushing one: the steps
 * of a play-through are one action, so Back returns to the view before it, not to its previous step.
 */
export function continueHistoryEntry(change: () => void): void {
  continuing = true;
  change();
}

export function startUrlSync(win: Window = window): () => void {
  applyUrlState(parseUrlState(win.location.search));
  let scheduled = false;
  const write = () => {
    scheduled = false;
    const rewrite = continuing;
    continuing = false;
    const query = serializeUrlState(currentUrlState(), win.location.search);
    const next = `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;
    const now = `${win.location.pathname}${win.location.search}${win.location.hash}`;
    if (next === now) return;
    if (!rewrite && withoutCamera(query) !== withoutCamera(win.location.search))
      win.history.pushState(null, '', next);
    else win.history.replaceState(win.history.state, '', next);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // Changes made together (a selection closing a tool) make one step.
    queueMicrotask(write);
  };
  const onPop = () => applyUrlState(parseUrlState(win.location.search));
  const unsubscribers = [filtersStore, colorModeStore, selectionStore, panelStore, cameraStore].map((store) =>
    store.subscribe(schedule),
  );
  win.addEventListener('popstate', onPop);
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
