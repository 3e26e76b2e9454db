import { POLARITIES, RELATION_TYPES } from '@entente/core/ontology';
import { afterEach, describe, expect, it } from 'vitest';
import { colorModeStore } from '../../src/core/appearance';
import { cameraStore } from '../../src/core/camera';
import { filterActions, filtersStore } from '../../src/core/filters';
import { INITIAL_PANEL_STATE, panelStore } from '../../src/core/panels';
import { selectionActions, selectionStore } from '../../src/core/selection';
import { parseUrlState, serializeUrlState, startUrlSync, type UrlState } from '../../src/core/url';
import { gexfUrl } from '../../src/export/exportGexf';
import { DEFAULT_FILTERS } from '../../src/filters/filter';

const shared: UrlState = {
  selection: { node: 'israel', edge: null },
  filters: {
    types: ['opposes', 'criticizes'],
    polarities: ['conflictual'],
    kinds: ['state', 'person'],
    since: '2025-10-01',
    until: '2025-11-30',
    minWeight: 2,
    hideIsolated: false,
  },
  colorMode: 'community',
  panel: { ...INITIAL_PANEL_STATE, tool: 'relationship', pairA: 'israel', pairB: 'turkey', rollup: true },
  camera: { x: 0.3125, y: 0.61, ratio: 0.25 },
};

describe('URL state', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    filtersStore.set(DEFAULT_FILTERS);
    selectionActions.clear();
    colorModeStore.set('kind');
    panelStore.set(INITIAL_PANEL_STATE);
    cameraStore.set(null);
  });

  it('round-trips a full view through the query string', () => {
    const query = serializeUrlState(shared);
    expect(parseUrlState(`?${query}`)).toEqual(shared);
  });

  it('remembers the rollup choice only while the relationship view is open', () => {
    expect(serializeUrlState(shared)).toContain('rollup=1');
    expect(parseUrlState('?tool=relationship&a=turkey&b=egypt').panel.rollup).toBe(false);
    const ingest = { ...shared, panel: { ...shared.panel, tool: 'ingest' as const } };
    expect(serializeUrlState(ingest)).not.toContain('rollup');
  });

  it('writes nothing for the default view', () => {
    const defaults = parseUrlState('');
    expect(serializeUrlState(defaults)).toBe('');
    expect(defaults.filters).toEqual(DEFAULT_FILTERS);
  });

  it('keeps the canonical order of lists and ignores unknown values', () => {
    const state = parseUrlState(
      '?types=criticizes,bogus,opposes&pol=nope&min=-3&since=yesterday&color=rainbow',
    );
    expect(state.filters.types).toEqual(['opposes', 'criticizes']);
    expect(state.filters.polarities).toEqual([]);
    expect(state.filters.minWeight).toBe(1);
    expect(state.filters.since).toBeNull();
    expect(state.colorMode).toBe('kind');
  });

  it('opens links written before the filter had one URL form (pol, min, isolated=show)', () => {
    const old = parseUrlState('?pol=conflictual&min=2&isolated=show&types=opposes');
    expect(old.filters).toEqual({
      ...DEFAULT_FILTERS,
      types: ['opposes'],
      polarities: ['conflictual'],
      minWeight: 2,
      hideIsolated: false,
    });
    // Written back in the one form, the same the GEXF export link uses.
    const query = serializeUrlState(old);
    expect(query).toBe('types=opposes&polarities=conflictual&minWeight=2&hideIsolated=false');
    expect(gexfUrl(old.filters)).toBe(`/export/graph.gexf?${query}`);
  });

  it('an edge selection survives only when no node is selected', () => {
    expect(parseUrlState('?edge=israel%7Copposes%7Cturkey').selection).toEqual({
      node: null,
      edge: 'israel|opposes|turkey',
    });
    expect(parseUrlState('?node=israel&edge=x').selection).toEqual({ node: 'israel', edge: null });
  });

  it('keeps unrelated parameters such as ?bench', () => {
    expect(serializeUrlState(parseUrlState(''), 'bench=1000')).toBe('bench=1000');
  });

  it('loads the view from the address bar and mirrors later changes into it', async () => {
    window.history.replaceState(null, '', '/?node=turkey&color=community');
    const stop = startUrlSync(window);
    expect(selectionStore.get().node).toBe('turkey');
    expect(colorModeStore.get()).toBe('community');

    filterActions.togglePolarity('conflictual', POLARITIES);
    selectionActions.selectEdge('israel|opposes|turkey');
    await Promise.resolve();
    const params = new URLSearchParams(window.location.search);
    expect(params.get('polarities')).toBe('cooperative,neutral');
    expect(params.get('edge')).toBe('israel|opposes|turkey');
    expect(params.get('node')).toBeNull();
    expect(params.get('color')).toBe('community');
    stop();
  });

  it('pushes a history entry per action, and only rewrites the current one when the camera moves', async () => {
    window.history.replaceState(null, '', '/');
    const stop = startUrlSync(window);
    const start = window.history.length;
    selectionActions.selectNode('turkey');
    await Promise.resolve();
    expect(window.history.length).toBe(start + 1);
    cameraStore.set({ x: 0.4, y: 0.5, ratio: 0.5 });
    await Promise.resolve();
    expect(window.history.length).toBe(start + 1);
    expect(new URLSearchParams(window.location.search).get('cam')).toBe('0.4,0.5,0.5');
    // Two changes made together are one step.
    selectionActions.selectNode('israel');
    colorModeStore.set('community');
    await Promise.resolve();
    expect(window.history.length).toBe(start + 2);
    stop();
  });

  it('leaves the whole-graph camera and malformed cameras out of links', () => {
    expect(serializeUrlState({ ...parseUrlState(''), camera: { x: 0.5, y: 0.5, ratio: 1 } })).toBe('');
    expect(parseUrlState('?cam=1,2').camera).toBeNull();
    expect(parseUrlState('?cam=a,b,c').camera).toBeNull();
    expect(parseUrlState('?cam=0.2,0.3,-1').camera).toBeNull();
    expect(parseUrlState('?cam=0.2,0.3,0.0001').camera).toEqual({ x: 0.2, y: 0.3, ratio: 0.03 });
  });

  it('follows back/forward navigation', () => {
    const stop = startUrlSync(window);
    window.history.pushState(null, '', `/?types=${RELATION_TYPES[0]}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(filtersStore.get().types).toEqual([RELATION_TYPES[0]]);
    stop();
  });
});
