import type { EntenteGraph } from '../graph/types.js';
import { computeLayout } from './force.js';
import { layoutInput, positionsOf } from './input.js';
import type { Positions } from './types.js';

/**
 * A fresh layout of a knowledge graph, the one the web map computes for the same nodes and edges
 * (ForceAtlas2 from id-hashed seeds), for files that carry positions such as GEXF.
 */
export function layoutPositions(graph: EntenteGraph): Positions {
  const nodes = graph.mapNodes((id) => ({ id }));
  const edges = graph.mapEdges((id, attributes, source, target) => ({
    id,
    source,
    target,
    weight: attributes.weight,
  }));
  const input = layoutInput({ nodes, edges });
  return positionsOf(input, computeLayout(input));
}
