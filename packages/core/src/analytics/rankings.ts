import type { EntenteGraph } from '../graph/types.js';
import { relatedPairs } from './pairs.js';
import { type RelationshipOptions, type RelationshipSummary, signedEvidence } from './relationship.js';

/** How many pairs rankings return when no limit is given. */
export const DEFAULT_RANKING_LIMIT = 10;

/**
 * The most hostile pairs: negative score, ranked by |score| × pieces of alignment and hostility evidence,
 * so that a long, mostly hostile record outranks a single harsh sentence. Contact neither qualifies a pair
 * nor adds to its strength.
 */
export function strongestTensions(
  graph: EntenteGraph,
  limit = DEFAULT_RANKING_LIMIT,
  options: RelationshipOptions = {},
): RelationshipSummary[] {
  return rank(
    relatedPairs(graph, options).filter((pair) => pair.score < 0),
    (pair) => -pair.score * signedEvidence(pair),
    limit,
  );
}

/**
 * The most aligned pairs: positive score, ranked by score × pieces of alignment and hostility evidence. A
 * pair whose only evidence is contact (mediation, hosting, talks) scores 0 and is never listed.
 */
export function strongestAlliances(
  graph: EntenteGraph,
  limit = DEFAULT_RANKING_LIMIT,
  options: RelationshipOptions = {},
): RelationshipSummary[] {
  return rank(
    relatedPairs(graph, options).filter((pair) => pair.score > 0),
    (pair) => pair.score * signedEvidence(pair),
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
