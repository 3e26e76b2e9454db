import { UndirectedGraph } from 'graphology';
import type { EntenteGraph, RelationEdgeAttributes } from '../graph/types.js';

/** Attributes of a pair of actors in the simple undirected projection. */
export interface ProjectedEdgeAttributes {
  /** Sum of the weights (distinct documents) of the relations kept between the two actors. */
  weight: number;
}

/**
 * The simple undirected graph underneath an Entente graph: one edge per pair of actors linked by at least
 * one relation that `keep` accepts, whatever its type or direction. Path and centrality measures are about
 * who is connected to whom, which is what this projection keeps. Every actor is kept, even if isolated.
 */
export function undirectedProjection(
  graph: EntenteGraph,
  keep: (attributes: RelationEdgeAttributes, source: string, target: string) => boolean = () => true,
): UndirectedGraph<Record<string, never>, ProjectedEdgeAttributes> {
  const projection = new UndirectedGraph<Record<string, never>, ProjectedEdgeAttributes>();
  graph.forEachNode((node) => {
    projection.addNode(node);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!keep(attributes, source, target)) return;
    projection.updateEdge(source, target, (current) => ({
      weight: (current.weight ?? 0) + attributes.weight,
    }));
  });
  return projection;
}
