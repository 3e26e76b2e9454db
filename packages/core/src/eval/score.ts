import type { ExtractedRelation } from '../extract/types.js';
import { matchesGold, matchesNegative, matchOneToOne } from './match.js';
import type { EvalReport, GoldRelation, NegativeHit, Score, ScoreOptions } from './types.js';

/**
 * Precision, recall and F1 from counts. A ratio whose denominator is zero is 1 when there was nothing to
 * get wrong (no gold and no prediction) and 0 otherwise, so an empty extractor never scores well.
 */
export function scoreFromCounts(tp: number, fp: number, fn: number): Score {
  const nothingToGetWrong = tp + fp + fn === 0;
  const precision = tp + fp === 0 ? (nothingToGetWrong ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (nothingToGetWrong ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Scores predicted relations against gold rows. A prediction is a true positive when it is paired with
 * a required gold row of the same document, triple (unordered for undirected types) and overlapping
 * quote; each gold row and each prediction take part in at most one pair, so a relation extracted twice
 * from one sentence counts once as found and once as a false positive. A prediction left unpaired that
 * matches an optional or a whole-document row is not counted wrong; optional rows are never missed.
 */
export function scoreExtraction(
  predicted: ExtractedRelation[],
  allGold: GoldRelation[],
  options: ScoreOptions = {},
): EvalReport {
  const gold = allGold.filter((row) => !row.optional);
  // Rows that excuse an unpaired prediction: optional readings, and document-wide rows already paired
  // with an earlier sentence's reading of the same triple (a repeated title is not a new error).
  const excusing = allGold.filter((row) => row.optional || row.wholeDocument);
  const predictionOfGold = matchOneToOne(predicted, gold);
  const matchedPredictions = new Set(predictionOfGold.filter((p) => p !== -1));

  // A whole-document row is found by any reading of its triple in its document, as the set's own
  // scorer counts it, even when that reading was paired with another row of the same triple.
  const found = (row: GoldRelation, index: number) =>
    predictionOfGold[index] !== -1 ||
    (row.wholeDocument === true && predicted.some((p) => matchesGold(p, row)));
  const falseNegatives = gold.filter((row, index) => !found(row, index));
  const falsePositives = predicted.filter(
    (relation, index) =>
      !matchedPredictions.has(index) && !excusing.some((row) => matchesGold(relation, row)),
  );

  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, field: 'tp' | 'fp' | 'fn') => {
    const entry = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    entry[field] += 1;
    counts.set(type, entry);
  };
  gold.forEach((row, index) => {
    bump(row.type, found(row, index) ? 'tp' : 'fn');
  });
  for (const relation of falsePositives) bump(relation.type, 'fp');

  const byType: Record<string, Score> = {};
  for (const type of [...counts.keys()].sort()) {
    const { tp, fp, fn } = counts.get(type)!;
    byType[type] = scoreFromCounts(tp, fp, fn);
  }
  const tp = gold.length - falseNegatives.length;
  const report: EvalReport = {
    overall: scoreFromCounts(tp, falsePositives.length, falseNegatives.length),
    byType,
    falsePositives,
    falseNegatives,
  };
  if (options.negatives) report.negativeHits = findNegativeHits(predicted, options.negatives);
  return report;
}

/** Every prediction that one of the negative rows forbids. */
export function findNegativeHits(predicted: ExtractedRelation[], negatives: GoldRelation[]): NegativeHit[] {
  const hits: NegativeHit[] = [];
  for (const relation of predicted) {
    const negative = negatives.find((row) => matchesNegative(relation, row));
    if (negative) hits.push({ negative, relation });
  }
  return hits;
}
