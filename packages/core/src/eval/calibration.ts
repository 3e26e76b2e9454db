import { logit } from '../extract/calibration.js';
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

/** One scored prediction: its confidence and whether it was right. */
export interface CalibrationSample {
  confidence: number;
  correct: boolean;
}

/** The predictions of a scored run as samples (those that are not false positives are right). */
export function calibrationSamples(
  predicted: readonly ExtractedRelation[],
  report: EvalReport,
): CalibrationSample[] {
  const wrong = new Set(report.falsePositives);
  return predicted.map((r) => ({ confidence: r.evidence.confidence, correct: !wrong.has(r) }));
}

/**
 * Fits Platt scaling, p = σ(a · logit(raw) + b), by Newton's method on the log-likelihood, with Platt's
 * smoothed targets ((n₊ + 1) / (n₊ + 2) for a right prediction, 1 / (n₋ + 2) for a wrong one) so that a
 * set with few errors does not drive the curve to certainty.
 */
export function fitPlatt(samples: readonly CalibrationSample[]): { a: number; b: number } {
  const positives = samples.filter((s) => s.correct).length;
  const negatives = samples.length - positives;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  const xs = samples.map((s) => logit(s.confidence));
  const ts = samples.map((s) => (s.correct ? high : low));
  let a = 1;
  let b = 0;
  for (let iteration = 0; iteration < 100; iteration++) {
    // Gradient and Hessian of the negative log-likelihood in (a, b), with a tiny ridge for stability.
    let ga = 0;
    let gb = 0;
    let haa = 1e-6;
    let hab = 0;
    let hbb = 1e-6;
    xs.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const d = p - (ts[i] as number);
      const w = p * (1 - p);
      ga += d * x;
      gb += d;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    if (det <= 0) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}
