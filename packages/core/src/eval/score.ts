import type { ExtractedRelation } from '../extract/types.js';
import { matchesNegative, matchOneToOne } from './match.js';
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
 * a gold row of the same document, triple (unordered for undirected types) and overlapping quote; each
 * gold row and each prediction take part in at most one pair, so a relation extracted twice from one
 * sentence counts once as found and once as a false positive.
 */
export function scoreExtraction(
  predicted: ExtractedRelation[],
  gold: GoldRelation[],
  options: ScoreOptions = {},
): EvalReport {
  const predictionOfGold = matchOneToOne(predicted, gold);
  const matchedPredictions = new Set(predictionOfGold.filter((p) => p !== -1));

  const falseNegatives = gold.filter((_, index) => predictionOfGold[index] === -1);
  const falsePositives = predicted.filter((_, index) => !matchedPredictions.has(index));

  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, field: 'tp' | 'fp' | 'fn') => {
    const entry = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    entry[field] += 1;
    counts.set(type, entry);
  };
  gold.forEach((row, index) => {
    bump(row.type, predictionOfGold[index] === -1 ? 'fn' : 'tp');
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
