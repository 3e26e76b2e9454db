import type { ExtractedRelation } from '../extract/types.js';
import type { EvalReport } from './types.js';

/** One bin of a reliability table: predictions whose confidence lies in [from, to), and how many were right. */
export interface ReliabilityBin {
  from: number;
  to: number;
  predicted: number;
  correct: number;
  /** correct / predicted; NaN for an empty bin. */
  share: number;
}

/** Bin edges: coarse below 0.5, where little is predicted, by tenths above. */
const EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

/**
 * How often the extractor is right at each confidence: the predictions of a scored run (those that
 * are not false positives are right) binned by their evidence confidence. A calibrated extractor's
 * 0.8–0.9 bin is right 80–90 % of the time.
 */
export function reliabilityTable(
  predicted: readonly ExtractedRelation[],
  report: EvalReport,
): ReliabilityBin[] {
  const wrong = new Set(report.falsePositives);
  return EDGES.slice(0, -1).map((from, index) => {
    const to = EDGES[index + 1] as number;
    const inBin = predicted.filter((r) => r.evidence.confidence >= from && r.evidence.confidence < to);
    const correct = inBin.filter((r) => !wrong.has(r)).length;
    return { from, to: Math.min(to, 1), predicted: inBin.length, correct, share: correct / inBin.length };
  });
}

/** The table as text, with the share right at or above each threshold (what a minimum-confidence filter keeps). */
export function formatReliability(bins: readonly ReliabilityBin[]): string {
  const lines = [
    'Reliability (confidence → share of predictions that are right)',
    'confidence   predicted  correct  share',
  ];
  for (const bin of bins) {
    const range = `${bin.from.toFixed(1)}–${bin.to.toFixed(1)}`.padEnd(12);
    const share = Number.isNaN(bin.share) ? '—' : bin.share.toFixed(3);
    lines.push(
      `${range} ${String(bin.predicted).padStart(9)} ${String(bin.correct).padStart(8)}  ${share.padStart(5)}`,
    );
  }
  for (const threshold of [0.5, 0.7, 0.8, 0.9]) {
    const kept = bins.filter((bin) => bin.from >= threshold);
    const predicted = kept.reduce((sum, bin) => sum + bin.predicted, 0);
    const correct = kept.reduce((sum, bin) => sum + bin.correct, 0);
    const share = predicted === 0 ? '—' : (correct / predicted).toFixed(3);
    lines.push(`at or above ${threshold.toFixed(1)}: ${correct}/${predicted} right (${share})`);
  }
  return `${lines.join('\n')}\n`;
}
