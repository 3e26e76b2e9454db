import type { EntenteGraph } from '../graph/types.js';
import {
  type RelationshipOptions,
  type RelationshipSummary,
  relationshipWith,
  representativesOf,
} from './relationship.js';

/**
 * Every pair of actors linked by at least one relation, summarised; ids sorted within a pair. With
 * `rollup`, people are replaced by whoever they represent, so pairs are between principals.
 */
export function relatedPairs(graph: EntenteGraph, options: RelationshipOptions = {}): RelationshipSummary[] {
  const representatives = options.rollup ? representativesOf(graph) : undefined;
  const principal = new Map<string, string>();
  for (const [represented, people] of representatives ?? []) {
    for (const person of people) if (!principal.has(person)) principal.set(person, represented);
  }
  const pairs = new Map<string, [string, string]>();
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const from = principal.get(source) ?? source;
    const to = principal.get(target) ?? target;
    if (from === to) return;
    const pair: [string, string] = from < to ? [from, to] : [to, from];
    pairs.set(`${pair[0]}\u0000${pair[1]}`, pair);
  });
  const summaries: RelationshipSummary[] = [];
  for (const [a, b] of pairs.values()) {
    const summary = relationshipWith(graph, a, b, representatives);
    if (summary.edges.length > 0) summaries.push(summary);
  }
  return summaries;
}

/** Total pieces of evidence behind a summary. */
export function evidenceVolume(summary: RelationshipSummary): number {
  return summary.cooperative + summary.conflictual + summary.neutral;
}
