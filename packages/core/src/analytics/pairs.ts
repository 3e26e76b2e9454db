import type { EntenteGraph } from '../graph/types.js';
import { MediationIndex } from './mediation.js';
import {
  type RelationshipOptions,
  type RelationshipSummary,
  representativesOf,
  summarize,
} from './relationship.js';

/**
 * Every pair of actors linked by at least one relation, summarised as `relationship` would; ids sorted
 * within a pair. One pass over the edges groups them by pair, instead of asking `relationship` for each
 * pair, which would walk hub actors' edges once per neighbour. With `rollup`, people are replaced by
 * whoever they represent, so pairs are between principals.
 */
export function relatedPairs(graph: EntenteGraph, options: RelationshipOptions = {}): RelationshipSummary[] {
  const principal = new Map<string, string>();
  if (options.rollup) {
    for (const [represented, people] of representativesOf(graph)) {
      for (const person of people) if (!principal.has(person)) principal.set(person, represented);
    }
  }
  const pairs = new Map<string, { a: string; b: string; edges: string[] }>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    const from = principal.get(source) ?? source;
    const to = principal.get(target) ?? target;
    if (from === to) return;
    const [a, b] = from < to ? [from, to] : [to, from];
    const id = `${a}\u0000${b}`;
    const pair = pairs.get(id) ?? { a, b, edges: [] };
    pair.edges.push(edge);
    pairs.set(id, pair);
  });
  const mediation = new MediationIndex(graph);
  return [...pairs.values()].map(({ a, b, edges }) => summarize(graph, a, b, edges.sort(), mediation));
}
