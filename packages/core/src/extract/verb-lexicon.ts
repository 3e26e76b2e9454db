import { isRelationType, type RelationType } from '../ontology/relations.js';
import { cueWords } from './cues.js';
import verbData from './data/verbs.json' with { type: 'json' };
import type { TriggerSpan } from './frames/index.js';
import type { RelationPattern } from './patterns.js';
import type { SentenceView } from './syntax.js';
import type { Token } from './tokenize.js';

/**
 * The verb lexicon of data/verbs.json (derived from the CAMEO verb dictionary of PETRARCH2, see
 * VERBS-LICENSE.md) read over the NLP layer's lemmas: any inflection of a listed verb, tagged a
 * verb, is a trigger, with its subject as the source and its object — or the actor after its
 * preposition ("call on", "meet with"), or after its light-verb noun ("impose sanctions on") — as
 * the target. A passive ("was praised by", "the talks hosted by Switzerland") swaps the two.
 */

/** One entry of data/verbs.json. */
export interface VerbEntry {
  lemma: string;
  type: RelationType;
  cameo?: string;
  /** The preposition that introduces the target ("on" in "call on"). */
  prep?: string;
  /** The noun that must be the verb's object ("sanctions" in "impose sanctions on"). */
  object?: string;
  /** The reading needs `prep`; without it the verb says nothing of this type. */
  required?: boolean;
}

export interface VerbFile {
  verbs: VerbEntry[];
}

/** Verb entries by lemma. */
export type VerbLexicon = Map<string, VerbEntry[]>;

/** Checks and indexes a verb file; errors name the entry, so a user editing the JSON sees what to fix. */
export function compileVerbs(data: VerbFile, origin = 'verbs.json'): VerbLexicon {
  const lexicon: VerbLexicon = new Map();
  data.verbs.forEach((entry, index) => {
    const where = `${origin}: verb #${index + 1} (${JSON.stringify(entry.lemma ?? '')})`;
    if (typeof entry.lemma !== 'string' || !/^[a-z-]+$/.test(entry.lemma))
      throw new Error(`${where}: "lemma" must be one lower-case word`);
    if (!isRelationType(entry.type))
      throw new Error(`${where}: unknown relation type ${JSON.stringify(entry.type)}`);
    const list = lexicon.get(entry.lemma) ?? [];
    list.push(entry);
    lexicon.set(entry.lemma, list);
  });
  return lexicon;
}

let builtIn: VerbLexicon | undefined;

/** The built-in verbs of data/verbs.json. */
export function defaultVerbs(): VerbLexicon {
  builtIn ??= compileVerbs(verbData as VerbFile);
  return builtIn;
}

/** A reading of one verb occurrence: the pattern to apply at the trigger. */
export interface VerbReading {
  trigger: TriggerSpan;
  pattern: RelationPattern;
  /** Tokens [start, end) the reading spans (verb to preposition), so overlapping triggers can be skipped. */
  span: TriggerSpan;
}

const PREP_WINDOW = 3;
const PREP_AFTER_NOUN = 5;
const MEETING_NOUNS = new Set(cueWords('meetingNouns'));
/** An object comes soon after its verb: "visited Georgetown in March, has called on Caracas" visits no Caracas. */
const OBJECT_GAP = 4;
// "held more than two hours of talks with": a light verb's noun may come a few words later.
const OBJECT_WINDOW = 6;
const BE_WINDOW = 3;
const BE_FORMS = new Set([
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  'get',
  'got',
  'gets',
  'getting',
]);

/** The readings of the verbs of a sentence, one per verb token, most specific entry first. */
export function verbReadings(view: SentenceView, lexicon: VerbLexicon): VerbReading[] {
  const readings: VerbReading[] = [];
  for (let index = 0; index < view.tokens.length; index++) {
    if (view.slotCovering(index)) continue;
    const entries = entriesOf(view, index, lexicon);
    if (!entries) continue;
    const reading = readVerb(view, index, entries);
    if (reading) readings.push(reading);
  }
  return readings;
}

/**
 * The entries of a verb token: by its lemma when the tagger says it is a verb; and when the tagger
 * reads a verb right after its subject as an adjective or a noun ("China branded Taiwan",
 * "Washington slams Beijing"), by the stem of its inflection.
 */
function entriesOf(view: SentenceView, index: number, lexicon: VerbLexicon): VerbEntry[] | undefined {
  const token = view.tokens[index] as Token;
  if (token.pos === 'VERB') return token.lemma ? lexicon.get(token.lemma) : undefined;
  const subject = view.slotBefore(index);
  if (!subject || view.isPossessive(subject) || token.capitalized) return undefined;
  if (token.pos !== 'ADJ' && token.pos !== 'NOUN') return undefined;
  for (const stem of stemsOf(token.norm)) {
    const entries = lexicon.get(stem);
    if (entries) return entries;
  }
  return undefined;
}

/** Candidate lemmas of a regular inflection: "branded" → "brand", "praised" → "praise", "slams" → "slam". */
function stemsOf(word: string): string[] {
  if (word.endsWith('ied')) return [`${word.slice(0, -3)}y`];
  if (word.endsWith('ed')) return [word.slice(0, -2), word.slice(0, -1)];
  if (word.endsWith('es')) return [word.slice(0, -2), word.slice(0, -1)];
  if (word.endsWith('s')) return [word.slice(0, -1)];
  return [];
}

function readVerb(view: SentenceView, index: number, entries: VerbEntry[]): VerbReading | undefined {
  const verb = { start: index, end: index + 1 };
  const passive = isPassiveVerb(view, index);
  // A light-verb noun and its preposition: "imposed new sanctions on", "held talks with".
  for (const entry of entries) {
    if (!entry.object) continue;
    const noun = findAfter(view, index + 1, OBJECT_WINDOW, (_t, i) =>
      nounMatches(view, i, entry.object as string),
    );
    if (noun === undefined) continue;
    // "held talks in Port-au-Prince with": a place may stand between the noun and its preposition.
    const prep = entry.prep
      ? findAfter(view, noun + 1, PREP_AFTER_NOUN, (t) => t.norm === entry.prep, true)
      : noun;
    if (prep === undefined) continue;
    return reading(entry, verb, { start: index, end: prep + 1 }, passive);
  }
  for (const entry of entries) {
    if (entry.object || !entry.prep) continue;
    const prep = findAfter(view, index + 1, PREP_WINDOW, (t) => t.norm === entry.prep);
    if (prep === undefined) continue;
    // "The countries we've spoken with say ...": a stranded preposition has its object before the verb.
    if (isStranded(view, prep)) return undefined;
    return reading(entry, verb, { start: index, end: prep + 1 }, passive);
  }
  const plain = entries.find((entry) => !entry.object && !entry.required);
  return plain ? reading(plain, verb, verb, passive) : undefined;
}

function reading(entry: VerbEntry, verb: TriggerSpan, span: TriggerSpan, passive: boolean): VerbReading {
  const id = ['verbs', entry.lemma, entry.object, entry.prep].filter(Boolean).join('.');
  const pattern: RelationPattern = passive
    ? { id: `${id}.passive`, type: entry.type, triggers: [], source: ['agent'], target: ['subject'] }
    : {
        id,
        type: entry.type,
        triggers: [],
        source: ['subject'],
        target: ['object'],
        verbal: true,
        // "signed the deal without US mediation": with no preposition, the noun takes no partner after it.
        maxGap: entry.object && !entry.prep ? 0 : OBJECT_GAP,
      };
  // The object is read after the preposition; a passive's agent after the verb.
  return { trigger: passive ? verb : span, pattern, span };
}

/** "was praised by", "has been sanctioned", "the talks, hosted by Switzerland": the subject is the one acted on. */
export function isPassiveVerb(view: SentenceView, index: number): boolean {
  const token = view.tokens[index] as Token;
  if (!/(?:ed|en|wn|ne|t)$/.test(token.norm)) return false;
  if (view.norm(index + 1) === 'by') return true;
  for (let i = index - 1; i >= Math.max(0, index - BE_WINDOW); i--) {
    const before = view.tokens[i] as Token;
    if (BE_FORMS.has(before.norm)) return true;
    if (before.pos !== 'ADV' && before.pos !== 'PART') return false;
  }
  return false;
}

/** The first token within `window` tokens from `from` that passes `test`, stopping at an actor or a clause boundary. */
function findAfter(
  view: SentenceView,
  from: number,
  window: number,
  test: (token: Token, index: number) => boolean,
  overPlaces = false,
): number | undefined {
  for (let i = from; i < Math.min(view.tokens.length, from + window); i++) {
    const token = view.tokens[i] as Token;
    if (test(token, i)) return i;
    const slot = view.slotCovering(i);
    if (slot && overPlaces && view.cues.has('locationPrepositions', slot.start - 1)) {
      i = slot.end - 1;
      continue;
    }
    if (slot || view.isPhraseEnd(i) || token.pos === 'VERB') return undefined;
  }
  return undefined;
}

function isStranded(view: SentenceView, prep: number): boolean {
  const next = view.tokens[prep + 1];
  return !next || next.pos === 'VERB' || next.pos === 'AUX' || next.kind === 'punct';
}

/** The object noun in any number: "sanction" and "sanctions", "talk" and "talks". */
function nounMatches(view: SentenceView, index: number, noun: string): boolean {
  const token = view.tokens[index] as Token;
  if (token.norm === noun || token.lemma === noun || token.lemma === noun.replace(/s$/, '')) return true;
  // Meeting nouns stand for one another: "held discussions with" as "held talks with".
  return MEETING_NOUNS.has(noun) && view.cues.has('meetingNouns', index);
}
