import calibrationData from './data/calibration.json' with { type: 'json' };

/**
 * Platt scaling of the extractor's raw confidence: calibrated = σ(a · logit(raw) + b). The raw score is
 * a product of hand-set factors (how an actor was found, hedges, distance; see confidence.ts) that
 * orders readings well but does not say how often they are right; fitted on hand-checked real
 * articles (`entente eval --fit-calibration`), the calibrated number does: evidence at 0.9 is right
 * about 9 times in 10 on that set. Two parameters and a strictly increasing curve, so the order of
 * readings is kept and a small set cannot overfit it.
 */
export interface Calibration {
  method: 'platt';
  a: number;
  b: number;
  /** Where the parameters come from: the set and the date, for the record. */
  fittedOn?: string;
  /** How many predictions the fit saw. */
  samples?: number;
}

/** No calibration: confidences are the raw scores. */
export const IDENTITY_CALIBRATION: Calibration = { method: 'platt', a: 1, b: 0 };

/** The built-in calibration of data/calibration.json. */
export function defaultCalibration(): Calibration {
  return calibrationData as Calibration;
}

/** Raw scores are kept away from 0 and 1 so the logit is finite. */
const EDGE = 0.001;

export function logit(p: number): number {
  const x = Math.min(1 - EDGE, Math.max(EDGE, p));
  return Math.log(x / (1 - x));
}

/** The calibrated confidence of a raw score, rounded to two decimals as evidence carries it. */
export function calibrate(raw: number, calibration: Calibration): number {
  if (calibration.a === 1 && calibration.b === 0) return raw;
  const p = 1 / (1 + Math.exp(-(calibration.a * logit(raw) + calibration.b)));
  return Math.round(p * 100) / 100;
}
