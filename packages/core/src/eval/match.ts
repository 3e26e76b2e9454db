import type { ExtractedRelation } from '../extract/types.js';
import { relationKey } from '../ontology/relation-key.js';
import { isDirected, type RelationType } from '../ontology/relations.js';
import { ANY_ACTOR } from './parse-gold.js';
import type { GoldRelation } from './types.js';

/** How many leading characters of one quote the other must contain (docs/annotation.md). */
export const QUOTE_PREFIX_CHARS = 40;

/** Collapses runs of whitespace so line breaks inside a sentence do not defeat the comparison. */
export function normalizeQuote(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim();
}

/**
 * Whether a predicted sentence and a gold quote are the same evidence: either contains the other's
 * first 40 characters. Sentence splitters disagree on quotation marks and headings, so an exact
 * match would punish the splitter rather than the reading.
 */
export function quotesOverlap(predicted: string, gold: string): boolean {
  const p = normalizeQuote(predicted);
  const g = normalizeQuote(gold);
  if (p === '' || g === '') return false;
  return p.includes(g.slice(0, QUOTE_PREFIX_CHARS)) || g.includes(p.slice(0, QUOTE_PREFIX_CHARS));
}

/** Whether two triples are one relation: the same edge key (undirected types ignore order). */
export function sameTriple(
  a: { source: string; type: RelationType; target: string },
  b: { source: string; type: RelationType; target: string },
): boolean {
  return relationKey(a.source, a.type, a.target) === relationKey(b.source, b.type, b.target);
}

/** Whether a prediction is evidence for a gold row: same document, same triple, overlapping quote. */
export function matchesGold(predicted: ExtractedRelation, gold: GoldRelation): boolean {
  return matchesRow(predicted, gold, (pattern, actor) => pattern === actor);
}

/** Like {@link matchesGold}, with `"*"` in the negative row standing for any actor. */
export function matchesNegative(predicted: ExtractedRelation, negative: GoldRelation): boolean {
  return matchesRow(predicted, negative, (pattern, actor) => pattern === ANY_ACTOR || pattern === actor);
}

/** Same document, overlapping quote, and one of the row's readings (its alternatives, if any) of the triple. */
function matchesRow(
  predicted: ExtractedRelation,
  row: GoldRelation,
  slot: (pattern: string, actor: string) => boolean,
): boolean {
  if (predicted.evidence.document !== row.doc) return false;
  const { sources, types, targets } = row.alternatives ?? {
    sources: [row.source],
    types: [row.type],
    targets: [row.target],
  };
  if (!types.includes(predicted.type)) return false;
  if (!row.wholeDocument && !quotesOverlap(predicted.evidence.quote, row.quote)) return false;
  const reads = (from: string[], to: string[], source: string, target: string) =>
    from.some((pattern) => slot(pattern, source)) && to.some((pattern) => slot(pattern, target));
  if (reads(sources, targets, predicted.source, predicted.target)) return true;
  // Undirected readings match either way round; so does a row that allows an undirected type at all.
  const undirected = !isDirected(predicted.type) || types.some((type) => !isDirected(type));
  return undirected && reads(sources, targets, predicted.target, predicted.source);
}

/**
 * Pairs predictions with gold rows one-to-one, maximising the number of pairs (Kuhn's augmenting paths).
 * Greedy pairing could leave a gold row unmatched when a duplicated sentence (an article's summary
 * repeated as its lead) offers two candidates for the same prediction.
 *
 * @returns for each gold index, the index of its prediction or -1.
 */
export function matchOneToOne(
  predicted: readonly ExtractedRelation[],
  gold: readonly GoldRelation[],
): number[] {
  const candidates = gold.map((row) => {
    const list: number[] = [];
    predicted.forEach((relation, index) => {
      if (matchesGold(relation, row)) list.push(index);
    });
    return list;
  });
  const goldOfPrediction = new Array<number>(predicted.length).fill(-1);

  const augment = (goldIndex: number, visited: Set<number>): boolean => {
    for (const p of candidates[goldIndex] ?? []) {
      if (visited.has(p)) continue;
      visited.add(p);
      const holder = goldOfPrediction[p] ?? -1;
      if (holder === -1 || augment(holder, visited)) {
        goldOfPrediction[p] = goldIndex;
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, goldIndex) => {
    augment(goldIndex, new Set());
  });

  const predictionOfGold = new Array<number>(gold.length).fill(-1);
  goldOfPrediction.forEach((goldIndex, p) => {
    if (goldIndex !== -1) predictionOfGold[goldIndex] = p;
  });
  return predictionOfGold;
}
