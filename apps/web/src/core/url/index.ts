/**
 * The shareable part of the view (selection, filters, colour mode, open tool, camera) as URL query
 * parameters, so copying the address shares exactly what is on screen, and Back undoes a step. Defaults
 * are left out to keep links short.
 */
import { filterFromQuery, filterToQuery } from '@entente/core/filter';
import { type FilterState, filterStateOf, narrowingFilter } from '../../filters/filter';
import { colorModeStore } from '../appearance';
import type { ColorMode } from '../appearance/colors';
import { type CameraView, cameraStore, parseCamera, serializeCamera } from '../camera';
import { filtersStore, orderedRange } from '../filters';
import { LIST_TABS, type ListTab, type PanelState, panelStore, TOOLS, type Tool } from '../panels';
import { type Selection, selectionStore } from '../selection';

export interface UrlState {
  selection: Selection;
  filters: FilterState;
  colorMode: ColorMode;
  panel: PanelState;
  /** Null: the whole graph. */
  camera: CameraView | null;
}

/** The map's date fields take whole days (the API also reads "2025-11"). */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function wholeDay(value: string | null): string | null {
  return value && DAY.test(value) ? value : null;
}

/**
 * The map's filter, read in the filter's one URL form (the export links' too): what cannot be read keeps
 * the map's default, and a reversed date range is put in order.
 */
function filtersOf(params: URLSearchParams): FilterState {
  const filters = filterStateOf(filterFromQuery(params).filter);
  const { since, until } = orderedRange(wholeDay(filters.since), wholeDay(filters.until));
  return { ...filters, since, until };
}

/** Read a view from a query string; anything invalid falls back to its default rather than failing. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const tool = params.get('tool');
  const listTab = params.get('list');
  const node = params.get('node');
  const edge = params.get('edge');
  return {
    selection: { node: node || null, edge: node ? null : edge || null },
    filters: filtersOf(params),
    colorMode: params.get('color') === 'community' ? 'community' : 'kind',
    panel: {
      tool: (TOOLS as readonly string[]).includes(tool ?? '') ? (tool as Tool) : null,
      pairA: params.get('a') || null,
      pairB: params.get('b') || null,
      rollup: params.get('rollup') === '1',
      listTab: (LIST_TABS as readonly string[]).includes(listTab ?? '') ? (listTab as ListTab) : 'alliances',
      documentId: tool === 'documents' ? params.get('doc') || null : null,
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
  // The map hides isolated actors by default, so a link says so only when they are shown.
  filterToQuery(
    { ...narrowingFilter(filters), hideIsolated: filters.hideIsolated ? undefined : false },
    params,
  );
  put('color', state.colorMode === 'kind' ? null : state.colorMode);
  put('tool', panel.tool);
  put('a', panel.tool === 'relationship' ? panel.pairA : null);
  put('b', panel.tool === 'relationship' ? panel.pairB : null);
  put('rollup', panel.tool === 'relationship' && panel.rollup ? '1' : null);
  put('list', panel.tool === 'lists' && panel.listTab !== 'alliances' ? panel.listTab : null);
  put('doc', panel.tool === 'documents' ? panel.documentId : null);
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
