// Scoring the extractor against hand-checked gold files (docs/annotation.md, data/gold/).

export {
  type CalibrationSample,
  calibrationSamples,
  fitPlatt,
  formatReliability,
  type ReliabilityBin,
  reliabilityTable,
} from './calibration.js';
export { formatEvalReport } from './format.js';
export { GoldFormatError } from './gold-error.js';
export {
  matchesGold,
  matchesNegative,
  matchOneToOne,
  normalizeQuote,
  QUOTE_PREFIX_CHARS,
  quotesOverlap,
  sameTriple,
} from './match.js';
export { ANY_ACTOR, parseGold, parseNegatives } from './parse-gold.js';
export { type ActorResolver, gazetteerResolver, parseGoldTable } from './parse-gold-table.js';
export { findNegativeHits, scoreExtraction, scoreFromCounts } from './score.js';
export type {
  EvalReport,
  GoldRelation,
  NegativeHit,
  NegativeRelation,
  Score,
  ScoreOptions,
} from './types.js';
