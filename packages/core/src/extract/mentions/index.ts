import { datelineLength } from '../dateline.js';
import type { Lexicon } from '../lexicon.js';
import { SentenceView } from '../syntax.js';
import { type Token, tokenize } from '../tokenize.js';
import type { Mention, Sentence } from '../types.js';
import { appositives } from './appositives.js';
import type { MentionFinder } from './finder.js';
import { gazetteerNames } from './gazetteer-names.js';
import { groupAnaphora } from './group-anaphora.js';
import type { DocumentMemory, NamingRelation } from './memory.js';
import { organizations } from './organizations.js';
import { pronouns } from './pronouns.js';
import { quoteOpenAt } from './quotes.js';
import { remember } from './salience.js';
import { titledPeople } from './titled-people.js';

export type { FinderInput, MentionFinder } from './finder.js';
export { DocumentMemory, isPersonSlot, type NamingRelation } from './memory.js';

/**
 * The mention finders, in the order they run: each reads the sentence with what the ones before it
 * found. A new way of finding mentions is one module exporting a MentionFinder, and one line here.
 */
export const MENTION_FINDERS: readonly MentionFinder[] = [
  gazetteerNames,
  organizations,
  titledPeople,
  appositives,
  pronouns,
  groupAnaphora,
];

/** The mentions of one sentence, its syntax view and the relations its naming states. */
export interface SentenceMentions {
  view: SentenceView;
  mentions: Mention[];
  naming: NamingRelation[];
}

/**
 * Finds the actor mentions of one sentence: gazetteer names, aliases, metonyms and demonyms (longest
 * match, accent-insensitive, short acronyms case-sensitive), people introduced by a title (known or
 * new), title-only references ("the Turkish foreign minister"), surnames of people introduced
 * earlier, and the pronouns "he", "she", "it" and "both countries".
 */
export function findMentions(sentence: Sentence, lexicon: Lexicon, memory: DocumentMemory): SentenceMentions {
  const tokens = tokenize(sentence.text, sentence.start);
  memory.tags?.apply(tokens);
  const datelineEnd = sentence.start + datelineLength(sentence.text);
  const naming: NamingRelation[] = [];
  let view = new SentenceView(tokens, []);
  for (const finder of MENTION_FINDERS) {
    const slots = finder.find({ view, lexicon, memory, naming, datelineEnd });
    // The cue marks and the reserved title tokens belong to the sentence, whatever its slots.
    if (slots !== view.slots) view = new SentenceView(tokens, slots, view.cues, view.reserved);
  }
  remember(view, lexicon, memory);
  memory.quoteOpen = quoteOpenAt(view, view.tokens.length, memory.quoteOpen);

  const mentions: Mention[] = [];
  for (const slot of view.slots) {
    const first = tokens[slot.start] as Token;
    const last = tokens[slot.end - 1] as Token;
    for (const actorId of slot.actorIds) {
      mentions.push({
        actorId,
        sentence: sentence.index,
        start: first.start,
        end: last.end,
        text: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
        via: slot.via,
      });
    }
  }
  return { view, mentions, naming };
}
