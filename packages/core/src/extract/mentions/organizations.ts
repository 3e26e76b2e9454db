import type { Actor } from '../../ontology/actors.js';
import organizationData from '../data/organization-heads.json' with { type: 'json' };
import type { Lexicon } from '../lexicon.js';
import { foldWord, slugify } from '../normalize.js';
import type { Slot } from '../syntax.js';
import { isTitleCase } from '../titles.js';
import { spanText, type Token } from '../tokenize.js';
import { type MentionFinder, withChanges } from './finder.js';

/**
 * Organisations the gazetteer does not know, found by the head noun of their capitalised name
 * (data/organization-heads.json): "the Atomic Energy Organization of Iran (AEOI)", "the Al Ahram
 * Center for Political and Strategic Studies". A state named inside the name is whom the
 * organisation belongs to; an acronym in brackets after it names it later in the document.
 */

const HEADS = new Set(organizationData.heads.map(foldWord));
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', '&']);
const MAX_NAME_TOKENS = 10;
const MAX_TAIL = 5;

/** Organisations by the head noun of their name, replacing the gazetteer names inside them; none on a title-case line. */
export const organizations: MentionFinder = {
  name: 'organisations',
  find: ({ view, lexicon, memory }) =>
    organizationSlots(view.tokens, view.slots, lexicon, memory, isTitleCase(view)),
};

/** What the finder remembers across sentences: organisations created and their acronyms. */
export interface OrganizationMemory {
  readonly newActors: Map<string, Actor>;
  readonly acronyms: Map<string, string>;
}

/**
 * New organisation slots of a sentence, replacing the gazetteer slots inside them ("Iran" in
 * "Atomic Energy Organization of Iran"), and acronyms of organisations named earlier.
 */
export function organizationSlots(
  tokens: readonly Token[],
  slots: Slot[],
  lexicon: Lexicon,
  memory: OrganizationMemory,
  headline: boolean,
): Slot[] {
  const slotAt = new Map(slots.map((slot) => [slot.start, slot]));
  const covered = new Uint8Array(tokens.length);
  for (const slot of slots) covered.fill(1, slot.start, slot.end);
  const found: Slot[] = [];
  const swallowed = new Set<Slot>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!covered[i] && token.allCaps && memory.acronyms.has(token.text)) {
      found.push({
        start: i,
        end: i + 1,
        actorIds: [memory.acronyms.get(token.text) as string],
        via: 'alias',
      });
      continue;
    }
    if (headline || covered[i] || !isNameWord(token) || i === 0) continue;
    const name = nameFrom(tokens, i, covered, slotAt);
    if (!name) continue;
    // "the Philippine Coast Guard": a body named after its state's demonym stands for that state.
    if (covered[i - 1]) continue;
    const inside = slots.filter((slot) => slot.start >= i && slot.end <= name.end);
    const states = inside.filter((slot) => lexicon.gazetteer.get(slot.actorIds[0] ?? '')?.kind === 'state');
    if (inside.length !== states.length) {
      i = name.end - 1;
      continue;
    }
    const acronym = acronymAfter(tokens, name.end);
    // Only a name that says enough of itself: an acronym given for it, a state inside it, or three words.
    if (!acronym && states.length === 0 && countWords(tokens, i, name.end) < 3) {
      i = name.end - 1;
      continue;
    }
    const id = introduce(tokens, i, name.end, states[0]?.actorIds[0], lexicon, memory);
    for (const slot of inside) swallowed.add(slot);
    found.push({ start: i, end: name.end, actorIds: [id], via: 'name' });
    if (acronym) memory.acronyms.set(acronym, id);
    i = name.end - 1;
  }
  return withChanges(slots, swallowed, found);
}

function countWords(tokens: readonly Token[], start: number, end: number): number {
  let words = 0;
  for (let i = start; i < end; i++) if (isNameWord(tokens[i] as Token)) words++;
  return words;
}

function isNameWord(token: Token): boolean {
  return token.kind === 'word' && token.capitalized;
}

/**
 * The capitalised name starting at `start` whose last capitalised word before an optional
 * "of|for ..." tail is an organisation head: capitalised words and connectors, at most ten tokens.
 */
function nameFrom(
  tokens: readonly Token[],
  start: number,
  covered: Uint8Array,
  slotAt: Map<number, Slot>,
): { end: number } | undefined {
  let headEnd: number | undefined;
  for (let i = start; i < tokens.length && i - start < MAX_NAME_TOKENS; i++) {
    const token = tokens[i] as Token;
    if (covered[i]) break;
    if (isNameWord(token)) {
      if (HEADS.has(token.norm) && i > start) headEnd = i + 1;
      continue;
    }
    if (!CONNECTORS.has(token.norm) || headEnd !== undefined) break;
  }
  if (headEnd === undefined || HEADS.has(tokens[start]?.norm ?? '')) return undefined;
  if ((tokens[headEnd - 1] as Token).norm === 'ministry') return undefined;
  return { end: tailEnd(tokens, headEnd, slotAt) };
}

/** "of Iran", "for Political and Strategic Studies": the complement after the head, if capitalised. */
function tailEnd(tokens: readonly Token[], headEnd: number, slotAt: Map<number, Slot>): number {
  const word = tokens[headEnd]?.norm;
  if (word !== 'of' && word !== 'for' && word !== 'on') return headEnd;
  let end = headEnd;
  for (let i = headEnd + 1; i < tokens.length && i - headEnd <= MAX_TAIL; ) {
    const slot = slotAt.get(i);
    if (slot) {
      end = slot.end;
      i = slot.end;
      continue;
    }
    const token = tokens[i] as Token;
    if (isNameWord(token)) end = i + 1;
    else if (!CONNECTORS.has(token.norm)) break;
    i++;
  }
  return end;
}

function acronymAfter(tokens: readonly Token[], end: number): string | undefined {
  const open = tokens[end];
  const acronym = tokens[end + 1];
  const close = tokens[end + 2];
  if (open?.text !== '(' || close?.text !== ')' || !acronym?.allCaps || acronym.text.length < 2)
    return undefined;
  return acronym.text;
}

function introduce(
  tokens: readonly Token[],
  start: number,
  end: number,
  state: string | undefined,
  lexicon: Lexicon,
  memory: OrganizationMemory,
): string {
  const name = spanText(tokens, start, end);
  const id = slugify(name);
  if (lexicon.gazetteer.has(id) || memory.newActors.has(id)) return id;
  memory.newActors.set(id, { id, name, kind: 'organization', ...(state ? { affiliation: state } : {}) });
  return id;
}
