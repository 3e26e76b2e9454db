/** Turns a `graph(filter)` answer and its layout into the graphology graph sigma draws. */

import type { Polarity, RelationType } from '@entente/core/ontology';
import { RELATION_SPECS } from '@entente/core/ontology';
import { MultiDirectedGraph } from 'graphology';
import type { GraphNodeData, GraphViewData } from '../api/types';
import type { Positions } from '../layout/layout';
import { curveParallelEdges } from './parallelEdges';

/** An actor of the API's graph view, placed and sized for sigma. */
export interface NodeAttributes extends Omit<GraphNodeData, 'id'> {
  x: number;
  y: number;
  size: number;
}

export interface EdgeAttributes {
  size: number;
  label: string;
  relationType: RelationType;
  polarity: Polarity;
  directed: boolean;
  weight: number;
  /** When the relation was first and last reported (ISO dates), for the hover tooltip. */
  firstSeen: string | null;
  lastSeen: string | null;
  /**
   * Sigma program: arrows for directed relation types, plain lines for symmetric ones, each curved
   * when another relation joins the same two actors.
   */
  type: 'arrow' | 'line' | 'curvedArrow' | 'curved';
  /** Bend of a curved edge (0 for a straight one), read by the curve programs. */
  curvature: number;
}

export type EntenteSigmaGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/**
 * Betweenness says who bridges camps, so it drives size; degree breaks ties among the many actors
 * whose betweenness is zero. Square root keeps one hub from dwarfing everyone.
 */
export function nodeSize(centrality: number, degree: number): number {
  return 5 + 18 * Math.sqrt(Math.max(0, Math.min(1, centrality))) + Math.min(6, Math.log2(1 + degree) * 1.5);
}

/** Thicker edges for relations more documents report. */
export function edgeSize(weight: number): number {
  return 1.6 + Math.min(5, Math.log2(Math.max(1, weight)) * 1.4);
}

export function buildSigmaGraph(view: GraphViewData, positions: Positions): EntenteSigmaGraph {
  const graph: EntenteSigmaGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const node of view.nodes) {
    const position = positions.get(node.id) ?? { x: 0, y: 0 };
    graph.addNode(node.id, {
      x: position.x,
      y: position.y,
      size: nodeSize(node.centrality, node.degree),
      label: node.label,
      kind: node.kind,
      community: node.community,
      degree: node.degree,
      centrality: node.centrality,
      mentions: node.mentions,
    });
  }
  // Sorted so parallel edges bend the same way whatever order the API sent them in.
  const edges = [...view.edges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const edge of edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.id)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      size: edgeSize(edge.weight),
      label: RELATION_SPECS[edge.type]?.label ?? edge.type,
      relationType: edge.type,
      polarity: edge.polarity,
      directed: edge.directed,
      weight: edge.weight,
      firstSeen: edge.firstSeen,
      lastSeen: edge.lastSeen,
      type: edge.directed ? 'arrow' : 'line',
      curvature: 0,
    });
  }
  curveParallelEdges(graph);
  return graph;
}
