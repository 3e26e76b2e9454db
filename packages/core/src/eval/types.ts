import type { ExtractedRelation } from '../extract/types.js';
import type { RelationType } from '../ontology/relations.js';

/** One hand-checked relation of a gold file (`data/gold/gold.jsonl`), as `docs/annotation.md` defines it. */
export interface GoldRelation {
  /** Document id: the corpus file stem. */
  doc: string;
  /** The sentence the relation is read from, copied from the document. */
  quote: string;
  source: string;
  type: RelationType;
  target: string;
  /** Why the reading is what it is, when it is not obvious. */
  note?: string;
}

/**
 * A triple that must not be read from a sentence (a negated or refused event, for instance).
 * Same shape as a gold row; `source` or `target` may be `"*"` to forbid any actor in that slot.
 */
export type NegativeRelation = GoldRelation;

/** Counts and ratios for one slice of the evaluation. Ratios are in [0, 1]. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A predicted relation that a negative row forbids. */
export interface NegativeHit {
  negative: NegativeRelation;
  relation: ExtractedRelation;
}

export interface EvalReport {
  overall: Score;
  /** One score per relation type that occurs in the gold or in the predictions. */
  byType: Record<string, Score>;
  /** Predictions no gold row accounts for. */
  falsePositives: ExtractedRelation[];
  /** Gold rows no prediction found. */
  falseNegatives: GoldRelation[];
  /** Present when negatives were given: every prediction a negative row forbids. */
  negativeHits?: NegativeHit[];
}

export interface ScoreOptions {
  /** Triples that must not be extracted; hits are listed in the report (they are also false positives). */
  negatives?: NegativeRelation[];
}
