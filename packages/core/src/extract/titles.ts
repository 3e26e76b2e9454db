import type { Lexicon } from './lexicon.js';
import type { SentenceView, Slot } from './syntax.js';
import type { Token } from './tokenize.js';

/**
 * The grammar of a title phrase, one rule for every way the press names an office:
 * `[modifiers|office words]{0,3} TITLE [of|for|to COMPLEMENT]`, e.g. "Deputy Foreign Minister",
 * "Parliament Speaker", "External Affairs Minister", "foreign ministry official", "Minister of
 * Strategic Affairs", "Special Envoy for Syria", "Prime Minister of Cambodia". The owner before it
 * ("Lebanon's", "Japanese", "UNIFIL") and the name after it are read by the mention finder.
 */
export interface TitlePhrase {
  start: number;
  end: number;
  /** The head title as listed in data/titles.json ("minister", "speaker"). */
  title: string;
  /** An actor named in an "of" complement ("Prime Minister of Cambodia"). */
  complement?: Slot;
}

const MAX_OFFICE_WORDS = 3;
const MAX_COMPLEMENT = 6;
const COMPLEMENT_WORDS = new Set(['of', 'for', 'to']);

/** Widens the title head found at tokens [start, end) to its whole phrase. */
export function titlePhrase(
  view: SentenceView,
  head: { start: number; end: number; title: string },
  lexicon: Lexicon,
): TitlePhrase {
  let start = head.start;
  for (let words = 0; words < MAX_OFFICE_WORDS && start > 0; words++) {
    if (!isOfficeWord(view, start - 1, lexicon)) break;
    start--;
  }
  // "Secretary of State and National Security Advisor Marco Rubio": two offices of one person.
  const second = view.norm(head.end) === 'and' ? coordinatedTitleEnd(view, head.end + 1, lexicon) : undefined;
  if (second !== undefined) return { start, end: second, title: head.title };
  const phrase: TitlePhrase = { start, end: head.end, title: head.title };
  // A listed title with its own complement ("minister of foreign affairs") may go on with "and ...".
  const continues = / (?:of|for) /.test(head.title) && view.norm(head.end) === 'and';
  if (!COMPLEMENT_WORDS.has(view.norm(head.end)) && !continues) return phrase;
  // "of Strategic Affairs", "for Syria", "of Foreign Affairs and International Cooperation".
  let end = head.end + 1;
  let complement: Slot | undefined;
  let content = false;
  while (end < view.tokens.length && end - head.end <= MAX_COMPLEMENT) {
    const slot = view.slotAt(end);
    if (slot) {
      // "Special Envoy for Syria Thomas Barrack": the person named after the complement ends it.
      if (slot.actorIds.some((id) => lexicon.gazetteer.get(id)?.kind === 'person')) break;
      // "Prime Minister of Cambodia"; "a spokesperson for China's foreign ministry": whose office it is.
      const owned = view.norm(head.end) === 'of' || view.isPossessive(slot);
      if (owned && slot.actorIds.length === 1) complement ??= slot;
      end = view.after(slot);
      content = true;
      continue;
    }
    const token = view.tokens[end] as Token;
    const officeWord = lexicon.portfolioWords.has(token.norm) || lexicon.titleModifiers.has(token.norm);
    if (token.kind !== 'word' || !officeWord) break;
    if (token.norm !== 'the' && token.norm !== 'and') content = true;
    end++;
  }
  // "and" or "the" left dangling belong to what follows.
  while (end > head.end + 1 && ['and', 'the'].includes(view.norm(end - 1))) end--;
  if (!content) return phrase;
  return { ...phrase, end, ...(complement ? { complement } : {}) };
}

/** End of a second title after "and", over its office words: "and National Security Advisor". */
function coordinatedTitleEnd(view: SentenceView, from: number, lexicon: Lexicon): number | undefined {
  let i = from;
  while (
    i < from + MAX_OFFICE_WORDS &&
    !lexicon.titles.longestAt(view.tokens, i) &&
    isOfficeWord(view, i, lexicon)
  )
    i++;
  const title = lexicon.titles.longestAt(view.tokens, i);
  if (!title) return undefined;
  const next = view.tokens[title.end];
  // Only before a name: "the president and prime minister met" names two people.
  return next?.kind === 'word' && next.capitalized ? title.end : undefined;
}

/**
 * A word that belongs to the office before its title: a listed modifier ("deputy", "acting",
 * "ministry", "mission") or a capitalised word that is not a name of an actor ("Parliament",
 * "External"). Other lower-case words are not: "Israel views President Erdogan's regime".
 */
function isOfficeWord(view: SentenceView, index: number, lexicon: Lexicon): boolean {
  const token = view.tokens[index];
  if (token?.kind !== 'word' || view.slotCovering(index)) return false;
  if (lexicon.titleModifiers.has(token.norm)) return true;
  if (view.cues.has('determiners', index) || view.cues.has('prepositions', index)) return false;
  return (
    token.capitalized &&
    !token.allCaps &&
    (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ')
  );
}

const MAX_NAME_TOKENS = 8;

/**
 * End of a personal name starting at token `start`: capitalised words, name particles ("al",
 * "bin") and glued hyphens, at most eight tokens (a name cannot run on through repeated titles or
 * a title-case line). An upper-case word is part of a name only beside ordinary capitalised words
 * ("PRAK Sokhonn"); a single letter is an initial ("S Jaishankar"). A name ends before a title word
 * and before an actor's name. `minWords` is 2 where a single capitalised word is too weak a sign.
 */
export function nameEnd(
  view: SentenceView,
  start: number,
  lexicon: Lexicon,
  minWords: number,
): number | undefined {
  const { tokens } = view;
  let words = 0;
  let plain = 0;
  let lastWordEnd: number | undefined;
  for (let i = start; i < tokens.length && i - start < MAX_NAME_TOKENS; i++) {
    if (view.slotCovering(i)) break;
    const token = tokens[i] as Token;
    if (isNameWord(token, lexicon)) {
      if (i > start && lexicon.titles.longestAt(tokens, i)) break;
      words++;
      if (!token.allCaps) plain++;
      lastWordEnd = i + 1;
      continue;
    }
    const particle = token.kind === 'word' && lexicon.nameParticles.has(token.norm);
    const gluedHyphen =
      token.text === '-' && tokens[i - 1]?.end === token.start && tokens[i + 1]?.start === token.end;
    // "Lai Ching-te", "Lee Jae-myung": a lower-case syllable glued after a hyphen ends the name's word.
    const syllable =
      token.kind === 'word' && tokens[i - 1]?.text === '-' && tokens[i - 1]?.end === token.start;
    if (syllable && lastWordEnd === i - 1) {
      lastWordEnd = i + 1;
      continue;
    }
    if (!particle && !gluedHyphen) break;
  }
  if (words < minWords || plain === 0 || lastWordEnd === undefined) return undefined;
  if (words === 1 && !isLoneName(view, start, lastWordEnd)) return undefined;
  return lastWordEnd;
}

function isNameWord(token: Token, lexicon: Lexicon): boolean {
  if (token.kind !== 'word' && token.kind !== 'initialism') return false;
  if (!token.capitalized || lexicon.notNames.has(token.norm)) return false;
  return !token.allCaps || token.text.length === 1 || token.text.length >= 3 || token.kind === 'initialism';
}

/** A one-word name ("President Lee said") must be tagged a proper noun and not run into another capitalised word. */
function isLoneName(view: SentenceView, start: number, end: number): boolean {
  const token = view.tokens[start] as Token;
  if (token.pos !== undefined && token.pos !== 'PROPN') return false;
  const next = view.tokens[end];
  return !(next?.kind === 'word' && next.capitalized);
}

/**
 * Start of a personal name of at least two words that ends just before token `end` ("Masaaki
 * Kanai" in "Masaaki Kanai, the Japanese foreign ministry official").
 */
export function nameStartBefore(view: SentenceView, end: number, lexicon: Lexicon): number | undefined {
  let start = end;
  while (start > 0 && end - start < MAX_NAME_TOKENS) {
    const token = view.tokens[start - 1] as Token;
    if (view.slotCovering(start - 1)) break;
    const word = isNameWord(token, lexicon);
    const particle = token.kind === 'word' && lexicon.nameParticles.has(token.norm);
    const gluedHyphen = token.text === '-';
    if (!word && !particle && !gluedHyphen) break;
    start--;
  }
  while (start < end && !isNameWord(view.tokens[start] as Token, lexicon)) start++;
  if (start >= end) return undefined;
  return nameEnd(view, start, lexicon, 2) === end ? start : undefined;
}

/** Parts of speech that English capitalises mid-sentence only in title case. */
// Not pronouns or determiners: "Vice Premier He Lifeng", "The Hague".
const LOWER_IN_PROSE = new Set(['VERB', 'ADP', 'ADV', 'AUX', 'SCONJ', 'CCONJ', 'PART']);

/**
 * A line in title case ("Russia Summons French Ambassador Over Minister's Comments") capitalises
 * ordinary words, so a title there is not followed by a name. Names and titles are capitalised in
 * prose too; verbs, prepositions and adverbs after another word are not.
 */
export function isTitleCase(view: SentenceView): boolean {
  return view.tokens.some((token, i) => {
    const previous = view.tokens[i - 1];
    return (
      i > 0 &&
      token.kind === 'word' &&
      token.capitalized &&
      !token.allCaps &&
      token.pos !== undefined &&
      LOWER_IN_PROSE.has(token.pos) &&
      previous?.kind === 'word' &&
      !view.slotCovering(i)
    );
  });
}
