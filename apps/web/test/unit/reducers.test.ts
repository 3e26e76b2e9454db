import {
  communityColor,
  DIMMED_COLOR,
  DIMMED_EDGE_COLOR,
  KIND_COLORS,
  POLARITY_COLORS,
} from '@entente/core/common';
import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_FILTERS } from '../../src/filters/filter';
import { layoutGraph } from '../../src/layout/layout';
import { buildSigmaGraph } from '../../src/sigma/build';
import { createReducers, type HighlightState, neighbourhood } from '../../src/sigma/reducers';
import { view } from './fixtures';

const graph = buildSigmaGraph(view, await layoutGraph(view));
const base: HighlightState = {
  visible: applyFilters(view, DEFAULT_FILTERS),
  colorMode: 'kind',
  selectedNode: null,
  selectedEdge: null,
  hoveredNode: null,
};

const node = (state: HighlightState, id: string) =>
  createReducers(graph, state).nodeReducer(id, graph.getNodeAttributes(id));
const edge = (state: HighlightState, id: string) =>
  createReducers(graph, state).edgeReducer(id, graph.getEdgeAttributes(id));

describe('reducers', () => {
  it('colour edges by polarity and nodes by kind or community', () => {
    expect(edge(base, 'israel|opposes|turkey').color).toBe(POLARITY_COLORS.conflictual);
    // Meeting is contact: neutral grey, not cooperative green (issue 13).
    expect(edge(base, 'hamas|meets|turkey').color).toBe(POLARITY_COLORS.neutral);
    // Tensions are drawn above cooperation between the same actors.
    expect(edge(base, 'israel|opposes|turkey').zIndex).toBeGreaterThan(
      edge(base, 'hamas|meets|turkey').zIndex ?? 0,
    );
    expect(node(base, 'hamas').color).toBe(KIND_COLORS.armed_group);
    expect(node({ ...base, colorMode: 'community' }, 'hamas').color).toBe(communityColor(1));
  });

  it('hide what the filters exclude', () => {
    // Hostility unchecked (meeting is contact, neutral since issue 13, so Turkey stays through it).
    const visible = applyFilters(view, { ...DEFAULT_FILTERS, polarities: ['cooperative', 'neutral'] });
    const state = { ...base, visible };
    expect(edge(state, 'israel|opposes|turkey').hidden).toBe(true);
    expect(node(state, 'israel').hidden).toBe(true);
    expect(node(state, 'turkey').hidden).toBeUndefined();
  });

  it('highlight the hovered node and its neighbours and dim the rest', () => {
    const state = { ...base, hoveredNode: 'israel' };
    expect([...(neighbourhood(graph, state) ?? [])].sort()).toEqual(['hamas', 'israel', 'turkey']);
    expect(node(state, 'israel')).toMatchObject({ highlighted: true, forceLabel: true });
    expect(node(state, 'turkey')).toMatchObject({ forceLabel: true });
    expect(node(state, 'hakan-fidan')).toMatchObject({ color: DIMMED_COLOR, label: null });
    expect(edge(state, 'israel|opposes|turkey').color).toBe(POLARITY_COLORS.conflictual);
    expect(edge(state, 'hamas|meets|turkey').color).toBe(DIMMED_EDGE_COLOR);
  });

  it('hover wins over the selection', () => {
    const state = { ...base, selectedNode: 'hakan-fidan', hoveredNode: 'israel' };
    expect(node(state, 'hakan-fidan').color).toBe(DIMMED_COLOR);
  });

  it('emphasise a selected edge and its two ends', () => {
    const state = { ...base, selectedEdge: 'israel|opposes|turkey' };
    expect(edge(state, 'israel|opposes|turkey')).toMatchObject({ forceLabel: true, zIndex: 4 });
    expect(edge(state, 'hamas|meets|turkey').color).toBe(DIMMED_EDGE_COLOR);
    expect(node(state, 'turkey').forceLabel).toBe(true);
    expect(node(state, 'hamas').color).toBe(DIMMED_COLOR);
  });

  it('put the two actors of the relationship view and their ties forward', () => {
    const state = { ...base, pair: ['turkey', 'israel'] as [string, string] };
    expect(edge(state, 'israel|opposes|turkey')).toMatchObject({
      forceLabel: true,
      color: POLARITY_COLORS.conflictual,
    });
    expect(edge(state, 'israel|criticizes|hamas').color).toBe(DIMMED_EDGE_COLOR);
    expect(node(state, 'israel').forceLabel).toBe(true);
    expect(node(state, 'hamas').color).toBe(DIMMED_COLOR);
  });

  it('draw the relations an article added more strongly than the ones it strengthened', () => {
    const state = {
      ...base,
      recent: { added: new Set(['israel|criticizes|hamas']), strengthened: new Set(['hamas|meets|turkey']) },
    };
    const fresh = edge(state, 'israel|criticizes|hamas');
    const stronger = edge(state, 'hamas|meets|turkey');
    const plain = edge(base, 'hamas|meets|turkey');
    expect(fresh).toMatchObject({ forceLabel: true, color: POLARITY_COLORS.conflictual });
    expect(stronger.forceLabel).toBeUndefined();
    expect(stronger.size!).toBeGreaterThan(plain.size!);
    expect(fresh.size! - graph.getEdgeAttribute('israel|criticizes|hamas', 'size')).toBeGreaterThan(
      stronger.size! - plain.size!,
    );
    expect(fresh.zIndex!).toBeGreaterThan(stronger.zIndex!);
    // The actors of a new relation are ringed and named; those only of a strengthened one are named.
    expect(node(state, 'israel')).toMatchObject({ highlighted: true, forceLabel: true });
    expect(node(state, 'hamas')).toMatchObject({ highlighted: true });
    expect(node(state, 'turkey')).toMatchObject({ forceLabel: true });
    expect(node(state, 'turkey').highlighted).toBeUndefined();
    expect(node(state, 'hakan-fidan').forceLabel).toBeUndefined();
  });
});
