import { cueWords } from '../cues.js';
import { bestEntry, caseMatches, type Lexicon, type LexiconEntry } from '../lexicon.js';
import type { Slot } from '../syntax.js';
import type { Token } from '../tokenize.js';
import type { MentionFinder } from './finder.js';
import { type DocumentMemory, isPersonSlot } from './memory.js';

/** Names, aliases, metonyms and demonyms of the gazetteer, and surnames of people introduced earlier (not in a dateline). */
export const gazetteerNames: MentionFinder = {
  name: 'gazetteer names and surnames',
  find: ({ view, lexicon, memory, datelineEnd }) =>
    nameSlots(view.tokens, lexicon, memory).filter(
      (slot) => (view.tokens[slot.start] as Token).start >= datelineEnd,
    ),
};

/** Gazetteer phrases and surnames of people introduced earlier in the document. */
function nameSlots(tokens: readonly Token[], lexicon: Lexicon, memory: DocumentMemory): Slot[] {
  const slots: Slot[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const match of lexicon.names.findAll(tokens, caseMatches)) {
    covered.fill(1, match.start, match.end);
    const entry = bestEntry(match.values);
    if (!entry?.actorId) continue;
    if (isFirstNameUse(tokens, match, entry, lexicon)) continue;
    if (entry.via === 'metonym' && isPlaceUse(tokens, match.start, match.end)) continue;
    slots.push({ start: match.start, end: match.end, actorIds: [entry.actorId], via: entry.via });
  }
  tokens.forEach((token, i) => {
    if (covered[i] || !token.capitalized) return;
    const actorId = memory.surnames.get(token.norm);
    if (actorId) slots.push({ start: i, end: i + 1, actorIds: [actorId], via: 'surname' });
  });
  return mergeTrailingSurnames(slots, tokens, lexicon, memory);
}

/**
 * "Hussein Salameh" is not Fuad Hussein: a one-word person alias followed by another capitalised
 * word that names nothing is the first name of someone else.
 */
function isFirstNameUse(
  tokens: readonly Token[],
  match: { start: number; end: number },
  entry: LexiconEntry,
  lexicon: Lexicon,
): boolean {
  if (match.end - match.start !== 1 || (entry.via !== 'alias' && entry.via !== 'surname')) return false;
  if (lexicon.gazetteer.get(entry.actorId ?? '')?.kind !== 'person') return false;
  const next = tokens[match.end];
  if (next?.kind !== 'word' || !next.capitalized || next.allCaps || lexicon.notNames.has(next.norm))
    return false;
  return !lexicon.names.longestAt(tokens, match.end, caseMatches);
}

/**
 * "Sheikh Mohammed bin Abdulrahman Al Thani": a person's name followed (over name particles) by
 * another person's surname is one longer name of the first person, not a second mention.
 */
function mergeTrailingSurnames(
  slots: Slot[],
  tokens: readonly Token[],
  lexicon: Lexicon,
  memory: DocumentMemory,
): Slot[] {
  slots.sort((a, b) => a.start - b.start);
  const merged: Slot[] = [];
  for (const slot of slots) {
    const previous = merged[merged.length - 1];
    if (slot.via === 'surname' && previous && isPersonSlot(previous, lexicon, memory)) {
      let i = previous.end;
      while (i < slot.start && lexicon.nameParticles.has(tokens[i]?.norm ?? '')) i++;
      if (i === slot.start) {
        previous.end = slot.end;
        continue;
      }
    }
    merged.push(slot);
  }
  return merged;
}

const LOCATION_WORDS = cueWords('locationPrepositions');

const PLACE_NOUNS = cueWords('placeNouns');

const AGENT_NOUNS = cueWords('agentNouns');

/** A city name used as a place ("in Ankara", "the Ankara talks"), not for its government. */
function isPlaceUse(tokens: readonly Token[], start: number, end: number): boolean {
  const previous = tokens[start - 1]?.norm;
  // "Officials in Jakarta and Kuala Lumpur called for restraint": the officials of a government.
  if (previous && LOCATION_WORDS.has(previous)) return !AGENT_NOUNS.has(tokens[start - 2]?.norm ?? '');
  const next = tokens[end];
  return !!next && next.kind === 'word' && !next.capitalized && PLACE_NOUNS.has(next.norm);
}
