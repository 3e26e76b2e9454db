import type { Lexicon } from '../lexicon.js';
import type { SentenceView, Slot } from '../syntax.js';
import type { DocumentMemory, NamingRelation } from './memory.js';

/** What a mention finder sees of one sentence. */
export interface FinderInput {
  /** The sentence, with the slots the finders before this one found. */
  view: SentenceView;
  lexicon: Lexicon;
  memory: DocumentMemory;
  /** Relations the sentence states by the way it names people; a finder may add to them. */
  naming: NamingRelation[];
  /** Document offset where the sentence's dateline ("BOGOTA, Colombia (AP) —") ends. */
  datelineEnd: number;
}

/**
 * One way of finding actor mentions in a sentence (gazetteer names, titles, pronouns, …). Finders run
 * in the order of the registry (mentions/index.ts), each on what the ones before it found.
 */
export interface MentionFinder {
  /** What it finds, for whoever reads the registry. */
  readonly name: string;
  /** The sentence's slots after this finder: `input.view.slots` with its own added, or some replaced. */
  find(input: FinderInput): Slot[];
}

/** No slot: what a finder that only adds removes. */
export const NO_SLOTS: ReadonlySet<Slot> = new Set();

/**
 * `slots` without `removed` and with `added`; the same array when the finder changed nothing, which
 * tells `findMentions` that the sentence's view still holds (rebuilding it is most of a finder's cost).
 */
export function withChanges(slots: Slot[], removed: ReadonlySet<Slot>, added: readonly Slot[]): Slot[] {
  if (removed.size === 0 && added.length === 0) return slots;
  return [...(removed.size === 0 ? slots : slots.filter((slot) => !removed.has(slot))), ...added];
}
