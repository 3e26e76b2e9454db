import { cueWords } from '../cues.js';
import type { Lexicon } from '../lexicon.js';
import type { SentenceView, Slot } from '../syntax.js';
import { type MentionFinder, NO_SLOTS, withChanges } from './finder.js';
import { type DocumentMemory, isPersonSlot } from './memory.js';
import { quoteOpenAt, speakerAfter, speakerOf } from './quotes.js';
import { salientBefore } from './salience.js';

/** "he", "she", "it", "him", and "we" inside a quotation, each resolved to the actor it stands for. */
export const pronouns: MentionFinder = {
  name: 'pronouns',
  find: ({ view, lexicon, memory }) => withChanges(view.slots, NO_SLOTS, pronounSlots(view, lexicon, memory)),
};

const PERSON_PRONOUNS = cueWords('personPronouns');

const ENTITY_PRONOUNS = cueWords('entityPronouns');

const OBJECT_PRONOUNS = cueWords('objectPronouns');

const SPEAKER_PRONOUNS = cueWords('speakerPronouns');

const SUBJECT_PRONOUN_FOLLOWERS = cueWords('subjectPronounFollowers');

/** "he"/"she" → the most salient person; "it" (as a subject) → the most salient state or organization; "both countries" → the last pair. */
function pronounSlots(view: SentenceView, lexicon: Lexicon, memory: DocumentMemory): Slot[] {
  const slots: Slot[] = [];
  const { tokens } = view;
  const covered = (i: number) => view.slotCovering(i) !== undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (covered(i)) continue;
    const norm = view.norm(i);
    // "Vice Premier He Lifeng": mid-sentence, a capitalised "He" is a name.
    if (i > 0 && tokens[i]?.capitalized && view.norm(i - 1) !== '"' && tokens[i + 1]?.capitalized) continue;
    if (PERSON_PRONOUNS.has(norm)) {
      const person = salientBefore(view, i, lexicon, memory, true) ?? memory.lastPerson;
      if (person) slots.push({ start: i, end: i + 1, actorIds: [person], via: 'pronoun' });
    } else if (SPEAKER_PRONOUNS.has(norm) && quoteOpenAt(view, i, memory.quoteOpen)) {
      // "“We continue our full cooperation with the IAEA,” Araghchi said": the speaker's side.
      const speaker = speakerOf(view, memory.quoteOpen) ?? speakerAfter(memory, lexicon);
      if (speaker) slots.push({ start: i, end: i + 1, actorIds: [speaker], via: 'pronoun' });
    } else if (OBJECT_PRONOUNS.has(norm) && !isPossessiveUse(view, i)) {
      const person = objectPronounReferent(view, i, lexicon, memory);
      if (person) slots.push({ start: i, end: i + 1, actorIds: [person], via: 'pronoun' });
    } else if (ENTITY_PRONOUNS.has(norm) && isSubjectPosition(view, i)) {
      const entity = salientBefore(view, i, lexicon, memory, false) ?? memory.lastEntity;
      if (entity) slots.push({ start: i, end: i + 1, actorIds: [entity], via: 'pronoun' });
    }
  }
  return slots;
}

/** "her government": a pronoun before a noun or adjective owns it rather than being an object. */
function isPossessiveUse(view: SentenceView, index: number): boolean {
  const next = view.tokens[index + 1];
  return next?.pos === 'NOUN' || next?.pos === 'ADJ' || next?.pos === 'PROPN';
}

/**
 * Whom an object pronoun refers to: never the subject of its own clause (the person named last
 * before it, with those coordinated with them) — "Lee invited her" is someone else than Lee —
 * but another person named earlier in the sentence, else the person the document spoke of last
 * ("King Salman and his son were among the first to congratulate him").
 */
function objectPronounReferent(
  view: SentenceView,
  index: number,
  lexicon: Lexicon,
  memory: DocumentMemory,
): string | undefined {
  const people = view.slots.filter((slot) => slot.end <= index && isPersonSlot(slot, lexicon, memory));
  // The clause's subject: the person named last, and those joined to them by "and" ("King Salman and his son Prince Mohammed").
  const excluded = new Set<string>();
  for (let k = people.length - 1; k >= 0; k--) {
    const slot = people[k] as Slot;
    const later = people[k + 1];
    if (later && !joinedByAnd(view, slot.end, later.start)) break;
    for (const id of slot.actorIds) excluded.add(id);
  }
  for (let k = people.length - 1; k >= 0; k--) {
    const id = (people[k] as Slot).actorIds[0] as string;
    if (!excluded.has(id)) return id;
  }
  const last = memory.lastPerson;
  return last && !people.some((slot) => slot.actorIds.includes(last)) ? last : undefined;
}

/** Whether tokens [from, to) join two names in one noun phrase: "and", "and his son", ", and". */
function joinedByAnd(view: SentenceView, from: number, to: number): boolean {
  if (to - from > 4) return false;
  let and = false;
  for (let i = from; i < to; i++) {
    const token = view.tokens[i];
    if (view.norm(i) === 'and') and = true;
    else if (token?.pos === 'VERB' || token?.pos === 'AUX') return false;
  }
  return and;
}

/** "it" as a subject: followed by a verb or auxiliary (data/cues.json), not after a preposition. */
function isSubjectPosition(view: SentenceView, index: number): boolean {
  return !view.cues.has('prepositions', index - 1) && SUBJECT_PRONOUN_FOLLOWERS.has(view.norm(index + 1));
}
