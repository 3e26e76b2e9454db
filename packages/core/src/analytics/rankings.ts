import type { EntenteGraph } from '../graph/types.js';
import { evidenceVolume, relatedPairs } from './pairs.js';
import type { RelationshipOptions, RelationshipSummary } from './relationship.js';

/** How many pairs rankings return when no limit is given. */
export const DEFAULT_RANKING_LIMIT = 10;

/**
 * The most conflictual pairs: negative score with conflictual evidence, ranked by |score| × evidence
 * volume so that a long, mostly hostile record outranks a single harsh sentence.
 */
export function strongestTensions(
  graph: EntenteGraph,
  limit = DEFAULT_RANKING_LIMIT,
  options: RelationshipOptions = {},
): RelationshipSummary[] {
  return rank(
    relatedPairs(graph, options).filter((pair) => pair.score < 0 && pair.conflictual > 0),
    (pair) => -pair.score * evidenceVolume(pair),
    limit,
  );
}

/** The most cooperative pairs: positive score with cooperative evidence, ranked by score × evidence volume. */
export function strongestAlliances(
  graph: EntenteGraph,
  limit = DEFAULT_RANKING_LIMIT,
  options: RelationshipOptions = {},
): RelationshipSummary[] {
  return rank(
    relatedPairs(graph, options).filter((pair) => pair.score > 0 && pair.cooperative > 0),
    (pair) => pair.score * evidenceVolume(pair),
    limit,
  );
}

function rank(
  pairs: RelationshipSummary[],
  strength: (pair: RelationshipSummary) => number,
  limit: number,
): RelationshipSummary[] {
  return pairs
    .map((pair) => ({ pair, strength: strength(pair) }))
    .sort((x, y) => y.strength - x.strength || compareIds(x.pair, y.pair))
    .slice(0, Math.max(0, limit))
    .map(({ pair }) => pair);
}

function compareIds(x: RelationshipSummary, y: RelationshipSummary): number {
  return x.a.localeCompare(y.a) || x.b.localeCompare(y.b);
}
