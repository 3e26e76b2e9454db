import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { EntenteGraph, RelationEdgeAttributes } from '../graph/types.js';
import type { Polarity } from '../ontology/relations.js';
import { undirectedProjection } from './projection.js';

export interface ShortestPathOptions {
  /** Only walk relations of this polarity ("how are they linked through cooperation only?"). */
  polarity?: Polarity;
}

/**
 * A shortest chain of relations between two actors, ignoring direction (a path of "who is linked to whom").
 * Returns the actors along it and, for each step, the key of the strongest matching relation (highest
 * weight) between the two actors; null when either actor is unknown or no path exists.
 */
export function shortestPath(
  graph: EntenteGraph,
  from: string,
  to: string,
  options: ShortestPathOptions = {},
): { nodes: string[]; edges: string[] } | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { nodes: [from], edges: [] };
  const keep = (attributes: RelationEdgeAttributes) =>
    options.polarity === undefined || attributes.polarity === options.polarity;
  const nodes = bidirectional(undirectedProjection(graph, keep), from, to);
  if (!nodes) return null;
  const edges: string[] = [];
  for (let step = 1; step < nodes.length; step++) {
    edges.push(strongestEdge(graph, nodes[step - 1]!, nodes[step]!, keep));
  }
  return { nodes, edges };
}

function strongestEdge(
  graph: EntenteGraph,
  a: string,
  b: string,
  keep: (attributes: RelationEdgeAttributes) => boolean,
): string {
  let best: { key: string; weight: number } | undefined;
  for (const key of [...graph.edges(a, b), ...graph.edges(b, a)].sort()) {
    const attributes = graph.getEdgeAttributes(key);
    if (!keep(attributes)) continue;
    if (!best || attributes.weight > best.weight) best = { key, weight: attributes.weight };
  }
  // The projection only links a and b through an edge `keep` accepted, so one exists.
  return best!.key;
}
