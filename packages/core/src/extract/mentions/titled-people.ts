import { type Lexicon, surnameOf } from '../lexicon.js';
import { foldWord, slugify } from '../normalize.js';
import type { SentenceView, Slot } from '../syntax.js';
import { isTitleCase, nameEnd, nameStartBefore, titlePhrase } from '../titles.js';
import { spanText } from '../tokenize.js';
import type { MentionVia } from '../types.js';
import { type MentionFinder, withChanges } from './finder.js';
import {
  type DocumentMemory,
  gazetteerAffiliation,
  isPersonSlot,
  type NamingRelation,
  rememberTitle,
} from './memory.js';

/** People named with a title, known or new, and bare titles that refer to one person. */
export const titledPeople: MentionFinder = {
  name: 'titled people',
  find: ({ view, lexicon, memory, naming }) => composeTitledPeople(view, lexicon, memory, naming),
};

/**
 * People named with a title (the grammar of titles.ts): "[Turkish|Hamas|US|Turkey's] [Deputy
 * Foreign Minister] [Hakan Fidan]", "Masaaki Kanai, the Japanese foreign ministry official", "Hun
 * Sen, Prime Minister of Cambodia". A known person keeps their id; an unknown name becomes a new
 * person actor (never on a title-case line, where ordinary words are capitalised). The owner of the
 * title gives a `represents` relation; with no owner, a known person's gazetteer affiliation does.
 * A title without a name ("the Turkish foreign minister") refers to the one person who holds it.
 */
function composeTitledPeople(
  view: SentenceView,
  lexicon: Lexicon,
  memory: DocumentMemory,
  naming: NamingRelation[],
): Slot[] {
  const { tokens } = view;
  const removed = new Set<Slot>();
  const added: Slot[] = [];
  const headline = isTitleCase(view);
  // Tokens before `claimed` belong to a person already read ("President Hassan Sheikh Mohamud").
  let claimed = 0;
  for (const match of lexicon.titles.findAll(tokens)) {
    if (match.start < claimed) continue;
    const title = (match.values[0] as { title: string }).title;
    const inside = view.slots.find((s) => s.start < match.end && match.start < s.end);
    if (inside) {
      // "Crown Prince Mohammed bin Salman" is a name that carries a title: remember it for "the crown prince".
      if (inside.start === match.start && isPersonSlot(inside, lexicon, memory)) {
        const person = inside.actorIds[0] as string;
        rememberTitle(memory, person, title);
        // "Saudi Arabia's King Salman": the owner before a titled name.
        const owner = view.slotBefore(match.start);
        const of = owner?.actorIds.length === 1 ? owner.actorIds[0] : undefined;
        if (of && of !== person && !isPersonSlot(owner as Slot, lexicon, memory))
          naming.push({ person, of, pattern: 'title' });
      }
      continue;
    }
    const phrase = titlePhrase(view, { start: match.start, end: match.end, title }, lexicon);
    view.reserved.fill(1, phrase.start, phrase.end);
    const modifier = view.slotBefore(phrase.start);
    const usableModifier =
      modifier && !isPersonSlot(modifier, lexicon, memory) && modifier.actorIds.length === 1
        ? modifier
        : undefined;
    const owner =
      usableModifier?.actorIds[0] ??
      phrase.complement?.actorIds[0] ??
      pronounOwner(view, phrase.start, lexicon, memory);
    const start = usableModifier ? usableModifier.start : phrase.start;

    const after = personAfter(view, phrase.end, title, owner, lexicon, memory, headline);
    if (after?.slot) removed.add(after.slot);
    let person = after;
    if (!person) {
      const before = headline ? undefined : personBefore(view, start, title, owner, lexicon, memory);
      if (before && before.start < claimed) {
        // "Deputy Prime Minister PRAK Sokhonn, Minister of Foreign Affairs ...": a second title of the person just read.
        claimed = phrase.end;
        continue;
      }
      if (before) {
        // The name stands before the title: the name is the mention, the title phrase describes it.
        if (usableModifier) removed.add(usableModifier);
        added.push({ start: before.start, end: before.end, actorIds: [before.id], via: 'name' });
        rememberTitle(memory, before.id, title);
        if (owner && owner !== before.id)
          naming.push({ person: before.id, of: owner, pattern: 'appositive' });
        claimed = phrase.end;
        continue;
      }
      const resolved = resolveTitle(view, match.start, title, owner, lexicon, memory);
      if (!resolved) continue;
      person = { id: resolved, end: phrase.end, via: 'title' };
    }
    if (usableModifier) removed.add(usableModifier);
    added.push({ start, end: person.end, actorIds: [person.id], via: person.via });
    claimed = person.end;
    rememberTitle(memory, person.id, title);
    if (person.via === 'title') continue;
    const of =
      owner ?? (lexicon.honorifics.has(title) ? undefined : gazetteerAffiliation(person.id, lexicon));
    if (of && of !== person.id) naming.push({ person: person.id, of, pattern: 'title' });
  }
  return withChanges(view.slots, removed, added);
}

/**
 * "Accompanied by his foreign minister, Asaad al-Shaibani, Sharaa ...": a title owned by "his" or
 * "her" belongs to the state of the person the document is about.
 */
function pronounOwner(
  view: SentenceView,
  titleStart: number,
  lexicon: Lexicon,
  memory: DocumentMemory,
): string | undefined {
  const word = view.norm(titleStart - 1);
  if (word !== 'his' && word !== 'her') return undefined;
  const person = memory.lastPerson;
  if (!person) return undefined;
  return memory.newActors.get(person)?.affiliation ?? gazetteerAffiliation(person, lexicon);
}

/** A person read next to a title: the actor, where the mention ends, and the slot it replaces. */
interface TitledPerson {
  id: string;
  end: number;
  via: MentionVia;
  slot?: Slot;
}

/**
 * The person a title ending before token `at` introduces: a known person right after it (or in
 * apposition after a comma: "his Chinese counterpart, Wang Yi"), a new name ("Deputy Foreign
 * Minister Araz Azimov", "President Lee said"), or a first name given earlier ("Sheikh Mohammed").
 */
function personAfter(
  view: SentenceView,
  at: number,
  title: string,
  owner: string | undefined,
  lexicon: Lexicon,
  memory: DocumentMemory,
  headline: boolean,
): TitledPerson | undefined {
  const { tokens } = view;
  const apposed = tokens[at]?.text === ',' ? at + 1 : undefined;
  for (const position of apposed === undefined ? [at] : [at, apposed]) {
    const known = view.slotAt(position);
    if (known && isPersonSlot(known, lexicon, memory))
      return { id: known.actorIds[0] as string, end: known.end, via: known.via, slot: known };
  }
  if (view.slotAt(at) || headline) return undefined;
  const surnamed = personAfterFirstNames(view, at, lexicon, memory);
  if (surnamed) return surnamed;
  // "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman Al Thani": a title and a first name.
  const token = tokens[at];
  const first = token?.capitalized ? memory.firstNames.get(token.norm) : undefined;
  const end = nameEnd(view, at, lexicon, lexicon.honorifics.has(title) || first ? 2 : 1);
  if (end !== undefined) {
    // "S Jaishankar": an initial before a known person's surname is that person.
    const next = view.slotAt(end);
    if (next && isPersonSlot(next, lexicon, memory))
      return { id: next.actorIds[0] as string, end: next.end, via: next.via, slot: next };
    const swallowed = aliasInsideName(view, at, end, lexicon);
    const nameEndAt = swallowed?.end ?? end;
    const id = introducePerson(spanText(tokens, at, nameEndAt), title, owner, lexicon, memory);
    return { id, end: nameEndAt, via: 'name', ...(swallowed ? { slot: swallowed } : {}) };
  }
  if (apposed !== undefined) {
    // "his Chinese counterpart, Liu Jinsong.": a new name set off by commas.
    const appositionEnd = nameEnd(view, apposed, lexicon, 2);
    const closing = appositionEnd === undefined ? undefined : view.norm(appositionEnd);
    if (appositionEnd !== undefined && (closing === ',' || closing === '.' || closing === '')) {
      const id = introducePerson(spanText(tokens, apposed, appositionEnd), title, owner, lexicon, memory);
      return { id, end: appositionEnd, via: 'name' };
    }
  }
  return first ? { id: first, end: at + 1, via: 'surname' } : undefined;
}

const MAX_FIRST_NAMES = 3;

/** "Thomas Barrack" for the known Tom Barrack: first names the gazetteer does not list before a known person's surname. */
function personAfterFirstNames(
  view: SentenceView,
  at: number,
  lexicon: Lexicon,
  memory: DocumentMemory,
): TitledPerson | undefined {
  for (let i = at; i < at + MAX_FIRST_NAMES; i++) {
    const slot = view.slotAt(i);
    if (slot) {
      if (i === at || !isPersonSlot(slot, lexicon, memory) || slot.end - slot.start !== 1) return undefined;
      // "Senator Tim Cameron" is not David Cameron: the first name must at least start like the known one's.
      const id = slot.actorIds[0] as string;
      const known = memory.newActors.get(id)?.name ?? lexicon.gazetteer.get(id)?.name ?? '';
      if (foldWord(known.charAt(0)) !== view.norm(at).charAt(0)) return undefined;
      return { id, end: slot.end, via: slot.via, slot };
    }
    const token = view.tokens[i];
    if (token?.kind !== 'word' || !token.capitalized || lexicon.notNames.has(token.norm)) return undefined;
  }
  return undefined;
}

/**
 * "Therese Kayikwamba Wagner": a one-word alias of an organisation or armed group right after a new
 * name of two or more words, and not followed by another word of a name, ends that name.
 */
function aliasInsideName(view: SentenceView, start: number, end: number, lexicon: Lexicon): Slot | undefined {
  const slot = view.slotAt(end);
  if (!slot || slot.end - slot.start !== 1 || end - start < 2 || view.isPossessive(slot)) return undefined;
  if (slot.via !== 'name' && slot.via !== 'alias') return undefined;
  const kind = lexicon.gazetteer.get(slot.actorIds[0] ?? '')?.kind;
  if (kind !== 'organization' && kind !== 'armed_group' && kind !== 'force') return undefined;
  const next = view.tokens[slot.end];
  return next?.kind === 'word' && next.capitalized ? undefined : slot;
}

/**
 * A new person named before the title phrase that starts at `start`, set off by a comma: "Masaaki
 * Kanai, the Japanese foreign ministry official", "Javad Zarif, Iran's vice president".
 */
function personBefore(
  view: SentenceView,
  start: number,
  title: string,
  owner: string | undefined,
  lexicon: Lexicon,
  memory: DocumentMemory,
): { id: string; start: number; end: number } | undefined {
  let i = start;
  while (view.cues.has('determiners', i - 1)) i--;
  if (view.norm(i - 1) !== ',') return undefined;
  const nameStart = nameStartBefore(view, i - 1, lexicon);
  if (nameStart === undefined) return undefined;
  const id = introducePerson(spanText(view.tokens, nameStart, i - 1), title, owner, lexicon, memory);
  return { id, start: nameStart, end: i - 1 };
}

/** Registers a person the gazetteer does not know (or finds them if the slug is known). */
function introducePerson(
  name: string,
  title: string,
  of: string | undefined,
  lexicon: Lexicon,
  memory: DocumentMemory,
): string {
  const id = slugify(name);
  if (lexicon.gazetteer.has(id)) return id;
  const existing = memory.newActors.get(id);
  if (existing) {
    if (of && !existing.affiliation) existing.affiliation = of;
    return id;
  }
  memory.newActors.set(id, {
    id,
    name,
    kind: 'person',
    roles: [{ title, ...(of ? { of } : {}) }],
    ...(of ? { affiliation: of } : {}),
  });
  const surname = surnameOf(name);
  if (surname) memory.surnames.set(foldWord(surname.split('-').pop() ?? surname), id);
  return id;
}

/**
 * The person a bare title refers to: someone this document gave that title, else — when the title
 * says whose it is ("the Turkish foreign minister") — the one gazetteer person currently holding it.
 */
function resolveTitle(
  view: SentenceView,
  titleStart: number,
  title: string,
  of: string | undefined,
  lexicon: Lexicon,
  memory: DocumentMemory,
): string | undefined {
  const determiner = view.norm(of ? (view.slotBefore(titleStart)?.start ?? titleStart) - 1 : titleStart - 1);
  if (!of && determiner !== 'the') return undefined;
  const fits = (held: string) => held === title || held.endsWith(` ${title}`);
  const affiliationOf = (id: string) =>
    memory.newActors.get(id)?.affiliation ?? lexicon.gazetteer.get(id)?.affiliation;
  for (const [person, titles] of [...memory.titles].reverse()) {
    if ([...titles].some(fits) && (!of || affiliationOf(person) === of)) return person;
  }
  if (!of) return undefined;
  const holders = (lexicon.currentRoleHolders.get(of) ?? []).filter((person) =>
    lexicon.personTitles.get(person)?.some((role) => role.current && fits(role.title) && role.of === of),
  );
  return holders.length === 1 ? holders[0] : undefined;
}
