import { phraseNorms } from '../cues.js';
import anaphoraData from '../data/anaphora.json' with { type: 'json' };
import type { SentenceView, Slot } from '../syntax.js';
import { TokenTrie } from '../trie.js';
import { type MentionFinder, NO_SLOTS, withChanges } from './finder.js';
import { isPersonSlot } from './memory.js';

/** Plural references ("both countries", "the two leaders", "the parties") to actors named before. */
export const groupAnaphora: MentionFinder = {
  name: 'plural references',
  find: ({ view, lexicon, memory }) =>
    withChanges(
      view.slots,
      NO_SLOTS,
      groupAnaphorSlots(view, memory, (slot) => isPersonSlot(slot, lexicon, memory)),
    ),
};

/** A list of actors named together ("Saudi Arabia, Qatar and Jordan"), remembered for later plural references. */
export interface ActorList {
  actorIds: string[];
  /** Every member is a person ("Macron and Starmer"). */
  people: boolean;
  /** Token index just after the last member, in the sentence that named the list. */
  end: number;
  /** Number of the sentence that last named or referred to the list. */
  sentence: number;
}

/** One actor named on its own in a sentence, for "the two leaders" after "Macron met Scholz". */
export interface NamedActor {
  actorId: string;
  person: boolean;
}

/** The lists a document named so far, most recent last, and the last pair of conflict parties. */
export interface ListMemory {
  lists: ActorList[];
  parties: string[] | undefined;
  /** The single actors the previous sentence named, in order. */
  previousActors: NamedActor[];
  /** Number of the sentence being read. */
  sentence: number;
}

/**
 * pronoun: "they", "the two" (any list); group: "the countries" (not people); person: "the
 * leaders" (any list; a pair of people when no list fits); party: "both sides".
 */
type AnaphorKind = 'pronoun' | 'group' | 'person' | 'party';

const HISTORY = 6;
const MAX_MODIFIERS = 2;

const pronouns = new TokenTrie<true>();
for (const phrase of anaphoraData.pronouns) pronouns.add(phraseNorms(phrase), true);
const nouns = new TokenTrie<AnaphorKind>();
for (const phrase of anaphoraData.groupNouns) nouns.add(phraseNorms(phrase), 'group');
for (const phrase of anaphoraData.personNouns) nouns.add(phraseNorms(phrase), 'person');
for (const phrase of anaphoraData.partyNouns) nouns.add(phraseNorms(phrase), 'party');
const determiners = new Set(anaphoraData.determiners.flatMap(phraseNorms));
const numbers = new Map<string, number>(Object.entries(anaphoraData.numbers));

/**
 * Plural references to actors named before: "the ministers" after "counterparts from Saudi Arabia,
 * Qatar and Jordan", "the three European powers", "all of them", "their", "both warring parties".
 * A reference takes the most recent fitting list — earlier in the same sentence first, then in the
 * document — and a number ("the three ...", "both ...") asks for a list of that size. Slots come
 * out with `via: 'pronoun'`, so the relations read from them get a lower confidence.
 */
export function groupAnaphorSlots(
  view: SentenceView,
  memory: ListMemory,
  isPerson: (slot: Slot) => boolean,
): Slot[] {
  const slots: Slot[] = [];
  const covered = (i: number) => view.slotCovering(i) !== undefined;
  for (let i = 0; i < view.tokens.length; i++) {
    if (covered(i)) continue;
    const pronoun = pronouns.longestAt(view.tokens, i);
    // "the two allies": the noun phrase, read below, not the pronoun "the two".
    if (pronoun && !nouns.longestAt(view.tokens, pronoun.end)) {
      const list = resolve(view, memory, isPerson, i, 'pronoun', sizeIn(view, i, pronoun.end));
      if (list) slots.push({ start: i, end: pronoun.end, actorIds: list, via: 'pronoun' });
      i = pronoun.end - 1;
      continue;
    }
    const noun = nouns.longestAt(view.tokens, i);
    if (!noun) continue;
    const start = phraseStart(view, i, covered);
    if (start !== undefined) {
      const kind = noun.values[0] as AnaphorKind;
      const list = resolve(view, memory, isPerson, start, kind, sizeIn(view, start, i));
      if (list) slots.push({ start, end: noun.end, actorIds: list, via: 'pronoun' });
    }
    i = noun.end - 1;
  }
  return slots;
}

/** Start of "the|both|all [number] [modifier]{0,2}" before a group noun at `nounStart`, if there is one. */
function phraseStart(
  view: SentenceView,
  nounStart: number,
  covered: (i: number) => boolean,
): number | undefined {
  let i = nounStart - 1;
  let modifiers = 0;
  while (i >= 0 && !covered(i)) {
    const norm = view.norm(i);
    if (determiners.has(norm)) {
      // "all the ministers": take the whole determiner.
      while (i > 0 && determiners.has(view.norm(i - 1)) && !covered(i - 1)) i--;
      return i;
    }
    const token = view.tokens[i];
    if (token?.kind !== 'word' || (modifiers >= MAX_MODIFIERS && !numbers.has(norm))) return undefined;
    if (!numbers.has(norm)) modifiers++;
    i--;
  }
  return undefined;
}

/** The list size a phrase asks for ("the three ...", "both ..."), if any. */
function sizeIn(view: SentenceView, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) {
    const size = numbers.get(view.norm(i));
    if (size !== undefined) return size;
  }
  return undefined;
}

function resolve(
  view: SentenceView,
  memory: ListMemory,
  isPerson: (slot: Slot) => boolean,
  position: number,
  kind: AnaphorKind,
  size: number | undefined,
): string[] | undefined {
  const fits = (list: ActorList) =>
    (size === undefined || list.actorIds.length === size) &&
    (kind === 'pronoun' || kind === 'person' || !list.people);
  const here = listsIn(view, isPerson, memory.sentence).filter((list) => fits(list) && list.end <= position);
  const inSentence = here[here.length - 1];
  if (inSentence) return inSentence.actorIds;
  const pair = size === 2 ? () => namedPair(view, memory, isPerson, position, kind) : () => undefined;
  if (kind === 'party') {
    const parties = memory.parties;
    return parties && (size === undefined || parties.length === size) ? parties : pair();
  }
  // Actors already named in this clause are not the ones referred to ("Moscow criticized the sponsors").
  const named = new Set(view.slots.filter((s) => s.end <= position).flatMap((s) => s.actorIds));
  for (let i = memory.lists.length - 1; i >= 0; i--) {
    const list = memory.lists[i] as ActorList;
    // A pronoun reaches back one sentence, or further through a chain of references ("All of them ... their").
    if (kind === 'pronoun' && list.sentence < memory.sentence - 1) break;
    if (!fits(list) || list.actorIds.some((id) => named.has(id))) continue;
    memory.lists.splice(i, 1);
    memory.lists.push({ ...list, sentence: memory.sentence });
    return list.actorIds;
  }
  return pair();
}

/**
 * "Macron met Scholz in Paris. The two leaders agreed ...": a pair reference with no list to take
 * reads the two actors of its kind named since the previous sentence began, and only when there
 * are exactly two of them. People for "the two leaders", states and organizations for "both
 * capitals", either for "both sides" and "the two" (states first).
 */
function namedPair(
  view: SentenceView,
  memory: ListMemory,
  isPerson: (slot: Slot) => boolean,
  position: number,
  kind: AnaphorKind,
): string[] | undefined {
  const named = [...memory.previousActors, ...singleActorsIn(view, isPerson, position)];
  const ofKind = (person: boolean) => [
    ...new Set(named.filter((actor) => actor.person === person).map((actor) => actor.actorId)),
  ];
  const people = ofKind(true);
  const entities = ofKind(false);
  if (kind === 'person') return people.length === 2 ? people : undefined;
  if (kind === 'group') return entities.length === 2 ? entities : undefined;
  if (entities.length === 2) return entities;
  return entities.length < 2 && people.length === 2 ? people : undefined;
}

/** The actors the sentence names one by one before token `end` (not plural references). */
function singleActorsIn(view: SentenceView, isPerson: (slot: Slot) => boolean, end: number): NamedActor[] {
  return view.slots
    .filter((slot) => slot.end <= end && slot.actorIds.length === 1)
    .map((slot) => ({ actorId: slot.actorIds[0] as string, person: isPerson(slot) }));
}

/**
 * The maximal coordinated lists of two or more distinct single actors in the sentence, and hyphen
 * pairs ("Turkey-Egypt"). Anaphor slots (several actors in one slot) are not members.
 */
export function listsIn(
  view: SentenceView,
  isPerson: (slot: Slot) => boolean,
  sentence: number,
): ActorList[] {
  const lists: ActorList[] = [];
  const used = new Set<Slot>();
  for (const slot of view.slots) {
    if (used.has(slot) || slot.actorIds.length !== 1 || slot.via === 'pronoun') continue;
    let members = view.coordinatedFrom(slot).filter((s) => s.actorIds.length === 1 && s.via !== 'pronoun');
    if (members.length < 2 && view.norm(slot.end) === '-' && view.isCompoundModifier(slot)) {
      const next = view.slotAt(slot.end + 1);
      if (next && next.actorIds.length === 1) members = [slot, next];
    }
    for (const member of members) used.add(member);
    const ids = [...new Set(members.map((s) => s.actorIds[0] as string))];
    if (ids.length < 2) continue;
    lists.push({
      actorIds: ids,
      people: members.every(isPerson),
      end: (members[members.length - 1] as Slot).end,
      sentence,
    });
  }
  return lists;
}

/** Remembers the sentence's lists (and its pairs of conflict parties) for the sentences after it. */
export function rememberLists(
  memory: ListMemory,
  view: SentenceView,
  isPerson: (slot: Slot) => boolean,
  parties: Slot[][],
): void {
  for (const list of listsIn(view, isPerson, memory.sentence)) memory.lists.push(list);
  memory.previousActors = singleActorsIn(view, isPerson, view.tokens.length);
  if (memory.lists.length > HISTORY) memory.lists.splice(0, memory.lists.length - HISTORY);
  for (const pair of parties) {
    const ids = [...new Set(pair.flatMap((slot) => slot.actorIds))];
    if (ids.length >= 2) memory.parties = ids;
  }
  memory.sentence++;
}
