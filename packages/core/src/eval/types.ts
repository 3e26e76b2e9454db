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
  /**
   * Defensible alternatives (the gold-table format of real-article sets): a prediction that reads any
   * of these sources, types and targets matches the row. `source`, `type`, `target` are the first of each.
   */
  alternatives?: { sources: string[]; types: RelationType[]; targets: string[] };
  /** Defensible but not required: a prediction matching it is not wrong, and missing it is not a miss. */
  optional?: boolean;
  /**
   * The row holds for its document as a whole: a prediction of the triple from any sentence matches it.
   * Gold tables annotate a repeated triple once ("titles: req at first statement"), so holding each
   * repetition to its own row would count right readings as wrong. Negative rows keep their sentence.
   */
  wholeDocument?: boolean;
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
  /** Required gold rows no prediction found. */
  falseNegatives: GoldRelation[];
  /** Present when negatives were given: every prediction a negative row forbids. */
  negativeHits?: NegativeHit[];
}

export interface ScoreOptions {
  /** Triples that must not be extracted; hits are listed in the report (they are also false positives). */
  negatives?: NegativeRelation[];
}
