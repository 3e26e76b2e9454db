import type { TriggerSpan } from './frames/index.js';
import type { PatternSet, RelationPattern } from './patterns.js';
import type { SentenceView } from './syntax.js';
import { type VerbLexicon, verbReadings } from './verb-lexicon.js';

/** A trigger read in a sentence: the pattern to apply there (none for an ignored phrase) and the tokens it takes. */
export interface TriggerReading {
  pattern: RelationPattern | null;
  trigger: TriggerSpan;
  /** Tokens [start, end) the reading takes: a later reader reads nothing that overlaps them. */
  span: TriggerSpan;
}

/** What the readers read with. */
export interface ReaderLexicons {
  patterns: PatternSet;
  verbs: VerbLexicon;
}

/**
 * One source of relation triggers in a sentence. Readers run in the order of RELATION_READERS; a
 * reading that overlaps tokens an earlier reader took is dropped, so the more specific source wins.
 */
export interface RelationReader {
  readonly name: string;
  read(view: SentenceView, lexicons: ReaderLexicons): TriggerReading[];
}

/**
 * The hand-written trigger phrases of data/patterns.json (and its ignored phrases, which take their
 * tokens and apply nothing); a phrase inside an actor's name or a title is no trigger.
 */
export const dataPatterns: RelationReader = {
  name: 'data patterns',
  read(view, { patterns }) {
    const readings: TriggerReading[] = [];
    for (const match of patterns.triggers.findAll(view.tokens)) {
      if (overlapsName(view, match.start, match.end)) continue;
      const span = { start: match.start, end: match.end };
      const written = match.values.filter((pattern): pattern is RelationPattern => pattern !== null);
      if (written.length === 0) readings.push({ pattern: null, trigger: span, span });
      for (const pattern of written) readings.push({ pattern, trigger: { ...span }, span });
    }
    return readings;
  },
};

/** Every verb of the verb lexicon (data/verbs.json), by its lemma. */
export const verbLexicon: RelationReader = {
  name: 'verb lexicon',
  read: (view, { verbs }) => verbReadings(view, verbs),
};

/** The relation readers, most specific first. A new reader is one module and one line here. */
export const RELATION_READERS: readonly RelationReader[] = [dataPatterns, verbLexicon];

function overlapsName(view: SentenceView, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (view.slotCovering(i) || view.reserved[i]) return true;
  return false;
}
