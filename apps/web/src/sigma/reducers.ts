/**
 * Sigma reducers: how each node and edge looks given filters, colour mode, selection and hover.
 * Pure functions of a snapshot, so the canvas only needs `refresh()` when the snapshot changes.
 */

import { DIMMED_COLOR, DIMMED_EDGE_COLOR, POLARITY_COLORS } from '@entente/core/common';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { type ColorMode, nodeColor } from '../core/appearance/colors';
import type { VisibleSet } from '../filters/filter';
import type { EdgeAttributes, EntenteSigmaGraph, NodeAttributes } from './build';

export interface HighlightState {
  visible: VisibleSet;
  colorMode: ColorMode;
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredNode: string | null;
  /** The two actors of an open relationship view. */
  pair?: [string, string] | null;
  /**
   * Relations reported since the user last looked (live updates, an ingest), drawn highlighted: the ones
   * new to the graph strongly, the ones strengthened (one more source) lighter.
   */
  recent?: { added: ReadonlySet<string>; strengthened: ReadonlySet<string> };
}

/** The node whose neighbourhood is in focus: hover wins over selection, so exploring stays fluid. */
export function focusNode(state: HighlightState): string | null {
  return state.hoveredNode ?? state.selectedNode;
}

/** The focus node and its visible neighbours, or null when nothing is focused. */
export function neighbourhood(graph: EntenteSigmaGraph, state: HighlightState): Set<string> | null {
  const focus = focusNode(state);
  if (!focus || !graph.hasNode(focus)) return null;
  const set = new Set<string>([focus]);
  graph.forEachEdge(focus, (edge, _attributes, source, target) => {
    if (!state.visible.edges.has(edge)) return;
    set.add(source === focus ? target : source);
  });
  return set;
}

export function createReducers(graph: EntenteSigmaGraph, state: HighlightState) {
  const focus = focusNode(state);
  const around = neighbourhood(graph, state);
  // A selected edge, or the pair of the relationship view, puts two actors and the ties between them forward.
  const pair = state.pair?.every((node) => graph.hasNode(node)) ? state.pair : null;
  const edgeEnds =
    state.selectedEdge && graph.hasEdge(state.selectedEdge) ? graph.extremities(state.selectedEdge) : pair;
  // Actors at the ends of new relations are ringed; those only at the ends of strengthened ones are named.
  const endsOf = (edges: ReadonlySet<string> | undefined) => {
    const nodes = new Set<string>();
    for (const edge of edges ?? []) {
      if (graph.hasEdge(edge)) for (const node of graph.extremities(edge)) nodes.add(node);
    }
    return nodes;
  };
  const addedEnds = endsOf(state.recent?.added);
  const strengthenedEnds = endsOf(state.recent?.strengthened);

  const nodeReducer = (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const display: Partial<NodeDisplayData> = {
      ...data,
      color: nodeColor(state.colorMode, data.kind, data.community),
    };
    if (!state.visible.nodes.has(node)) return { ...display, hidden: true };
    if (around) {
      if (!around.has(node)) return { ...display, color: DIMMED_COLOR, label: null, zIndex: 0 };
      return { ...display, zIndex: 2, forceLabel: true, highlighted: node === focus };
    }
    if (edgeEnds) {
      if (!edgeEnds.includes(node)) return { ...display, color: DIMMED_COLOR, label: null, zIndex: 0 };
      return { ...display, zIndex: 2, forceLabel: true };
    }
    if (addedEnds.has(node)) return { ...display, zIndex: 2, forceLabel: true, highlighted: true };
    if (strengthenedEnds.has(node)) return { ...display, zIndex: 1, forceLabel: true };
    return display;
  };

  const edgeReducer = (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    // Tensions draw above the cooperative edges they often share a pair of actors with.
    const display: Partial<EdgeDisplayData> = {
      ...data,
      color: POLARITY_COLORS[data.polarity],
      zIndex: data.polarity === 'conflictual' ? 1 : 0,
    };
    if (!state.visible.edges.has(edge)) return { ...display, hidden: true };
    if (edge === state.selectedEdge) return { ...display, size: data.size + 2, zIndex: 4, forceLabel: true };
    if (focus && around) {
      const [source, target] = graph.extremities(edge);
      if (source !== focus && target !== focus) {
        return { ...display, color: DIMMED_EDGE_COLOR, label: null, zIndex: 0 };
      }
      return { ...display, zIndex: (display.zIndex ?? 0) + 2, forceLabel: true };
    }
    if (edgeEnds) {
      const [source, target] = graph.extremities(edge);
      if (edgeEnds.includes(source) && edgeEnds.includes(target)) {
        return { ...display, zIndex: (display.zIndex ?? 0) + 2, forceLabel: true };
      }
      return { ...display, color: DIMMED_EDGE_COLOR, label: null, zIndex: 0 };
    }
    if (state.recent?.added.has(edge))
      return { ...display, size: data.size + 3, zIndex: 3, forceLabel: true };
    if (state.recent?.strengthened.has(edge)) return { ...display, size: data.size + 1.5, zIndex: 2 };
    return display;
  };

  return { nodeReducer, edgeReducer };
}
