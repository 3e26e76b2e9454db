import type { EntenteGraph } from '../graph/types.js';
import { computeLayout } from './force.js';
import { layoutInput, positionsOf } from './input.js';
import type { LayoutInput, Positions } from './types.js';

/** The layout input of a knowledge graph: its nodes, and its edges weighted by their documents. */
export function graphLayoutInput(graph: EntenteGraph): LayoutInput {
  return layoutInput({
    nodes: graph.mapNodes((id) => ({ id })),
    edges: graph.mapEdges((id, attributes, source, target) => ({
      id,
      source,
      target,
      weight: attributes.weight,
    })),
  });
}

/**
 * A fresh layout of a knowledge graph, the one the web map computes for the same nodes and edges
 * (ForceAtlas2 from id-hashed seeds), for files that carry positions such as GEXF.
 */
export function layoutPositions(graph: EntenteGraph): Positions {
  const input = graphLayoutInput(graph);
  return positionsOf(input, computeLayout(input));
}
