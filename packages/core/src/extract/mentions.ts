import type { Actor } from '../ontology/actors.js';
import { cueWords } from './cues.js';
import { partiesIn } from './frames.js';
import { type ActorList, groupAnaphorSlots, type NamedActor, rememberLists } from './group-anaphora.js';
import { bestEntry, caseMatches, type Lexicon, surnameOf } from './lexicon.js';
import { foldWord, slugify } from './normalize.js';
import { SentenceView, type Slot } from './syntax.js';
import { type Token, tokenize } from './tokenize.js';
import type { Mention, Sentence } from './types.js';

/** A relation stated by the way a person is named: "Turkish Foreign Minister Hakan Fidan". */
export interface NamingRelation {
  person: string;
  of: string;
  /** "title" (demonym/actor + title + name), "appositive" (", head of X,"). */
  pattern: 'title' | 'appositive';
}

/** What the mention finder remembers from one sentence to the next within a document. */
export class DocumentMemory {
  /** Actors created for named people the gazetteer does not know, by id. */
  readonly newActors = new Map<string, Actor>();
  /** Surnames of people introduced in this document → actor id ("Miroğlu" after "Ahmet Cemil Miroğlu"). */
  readonly surnames = new Map<string, string>();
  /** First names of people named in full in this document → actor id, for "Sheikh Mohammed". */
  readonly firstNames = new Map<string, string>();
  /** Titles each person was given in this document ("foreign minister"). */
  readonly titles = new Map<string, Set<string>>();
  /** The most salient person and entity (state/organization) so far, for "he" and "it". */
  lastPerson: string | undefined;
  lastEntity: string | undefined;
  /** Recent lists of actors named together ("Egypt and Turkey", "Turkey-Egypt"), for "both countries", "their". */
  readonly lists: ActorList[] = [];
  /** The last pair of conflict parties named ("the Israel-Hamas war"), for "the parties". */
  parties: string[] | undefined;
  /** The single actors the previous sentence named, for "the two leaders" after "Macron met Scholz". */
  previousActors: NamedActor[] = [];
  /** Number of the sentence being read. */
  sentence = 0;
}

/** The mentions of one sentence, its syntax view and the relations its naming states. */
export interface SentenceMentions {
  view: SentenceView;
  mentions: Mention[];
  naming: NamingRelation[];
}

const PERSON_PRONOUNS = new Set(['he', 'she']);
const ENTITY_PRONOUNS = new Set(['it']);

/**
 * Finds the actor mentions of one sentence: gazetteer names, aliases, metonyms and demonyms (longest
 * match, accent-insensitive, short acronyms case-sensitive), people introduced by a title (known or
 * new), title-only references ("the Turkish foreign minister"), surnames of people introduced
 * earlier, and the pronouns "he", "she", "it" and "both countries".
 */
export function findMentions(sentence: Sentence, lexicon: Lexicon, memory: DocumentMemory): SentenceMentions {
  const tokens = tokenize(sentence.text, sentence.start);
  let slots = nameSlots(tokens, lexicon, memory);
  const naming: NamingRelation[] = [];
  let view = new SentenceView(tokens, slots);
  slots = composeTitledPeople(view, lexicon, memory, naming);
  view = new SentenceView(tokens, slots, view.cues);
  naming.push(...appositiveAffiliations(view, lexicon, memory));
  slots = [...slots, ...pronounSlots(view, lexicon, memory)];
  view = new SentenceView(tokens, slots, view.cues);
  slots = [...slots, ...groupAnaphorSlots(view, memory, (slot) => isPersonSlot(slot, lexicon, memory))];
  view = new SentenceView(tokens, slots, view.cues);
  remember(view, lexicon, memory);

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

/** Gazetteer phrases and surnames of people introduced earlier in the document. */
function nameSlots(tokens: readonly Token[], lexicon: Lexicon, memory: DocumentMemory): Slot[] {
  const slots: Slot[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const match of lexicon.names.findAll(tokens, caseMatches)) {
    covered.fill(1, match.start, match.end);
    const entry = bestEntry(match.values);
    if (!entry?.actorId) continue;
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
const SUBJECT_PRONOUN_FOLLOWERS = cueWords('subjectPronounFollowers');

/** A city name used as a place ("in Ankara", "the Ankara talks"), not for its government. */
function isPlaceUse(tokens: readonly Token[], start: number, end: number): boolean {
  // A dateline: "DOHA, Jan 13 —" opens a wire story with the place it was filed from.
  if (start === 0 && tokens[end]?.text === ',' && tokens.slice(start, end).every((t) => t.allCaps))
    return true;
  const previous = tokens[start - 1]?.norm;
  if (previous && LOCATION_WORDS.has(previous)) return true;
  const next = tokens[end];
  return !!next && next.kind === 'word' && !next.capitalized && PLACE_NOUNS.has(next.norm);
}

/**
 * People named with a title: "[Turkish|Hamas|US|Turkey's] [Foreign Minister] [Hakan Fidan]". A known
 * person keeps their id; an unknown name becomes a new person actor. The actor before the title
 * gives a `represents` relation. A title without a name ("the Turkish foreign minister") refers to
 * the one person who holds it, when that person is known.
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
  for (const match of lexicon.titles.findAll(tokens)) {
    const title = (match.values[0] as { title: string }).title;
    const inside = view.slots.find((s) => s.start < match.end && match.start < s.end);
    if (inside) {
      // "Crown Prince Mohammed bin Salman" is a name that carries a title: remember it for "the crown prince".
      if (inside.start === match.start && isPersonSlot(inside, lexicon, memory))
        rememberTitle(memory, inside.actorIds[0] as string, title);
      continue;
    }
    const modifier = view.slotBefore(match.start);
    const usableModifier =
      modifier && !isPersonSlot(modifier, lexicon, memory) && modifier.actorIds.length === 1
        ? modifier
        : undefined;
    const modifierActor = usableModifier?.actorIds[0];
    const start = usableModifier ? usableModifier.start : match.start;

    // "his Chinese counterpart, Wang Yi,": a person in apposition right after the title.
    const apposed = tokens[match.end]?.text === ',' ? view.slotAt(match.end + 1) : undefined;
    const known =
      view.slotAt(match.end) ?? (apposed && isPersonSlot(apposed, lexicon, memory) ? apposed : undefined);
    let personId: string | undefined;
    let end = match.end;
    let via = known?.via ?? 'name';
    if (known && isPersonSlot(known, lexicon, memory)) {
      personId = known.actorIds[0];
      end = known.end;
      removed.add(known);
    } else if (!known) {
      const nameEnd = unknownNameEnd(tokens, match.end, lexicon, view);
      if (nameEnd !== undefined) {
        const name = spanText(tokens, match.end, nameEnd);
        personId = introducePerson(name, title, modifierActor, lexicon, memory);
        end = nameEnd;
        via = 'name';
      } else {
        // "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman Al Thani": a title and a first name.
        const token = tokens[match.end];
        const known = token?.capitalized ? memory.firstNames.get(token.norm) : undefined;
        if (known) {
          personId = known;
          end = match.end + 1;
          via = 'surname';
        }
      }
    }
    if (!personId) {
      const resolved = resolveTitle(view, match.start, title, modifierActor, lexicon, memory);
      if (!resolved) continue;
      personId = resolved;
      via = 'title';
    }
    if (usableModifier) removed.add(usableModifier);
    added.push({ start, end, actorIds: [personId], via });
    rememberTitle(memory, personId, title);
    if (modifierActor && via !== 'title' && modifierActor !== personId) {
      naming.push({ person: personId, of: modifierActor, pattern: 'title' });
    }
  }
  return [...view.slots.filter((s) => !removed.has(s)), ...added];
}

/** End of a capitalised name of at least two words starting at `start` ("Jane Doe", "Khalil al-Hayya"). */
function unknownNameEnd(
  tokens: readonly Token[],
  start: number,
  lexicon: Lexicon,
  view: SentenceView,
): number | undefined {
  let i = start;
  let words = 0;
  let lastWordEnd: number | undefined;
  while (i < tokens.length && !view.slotAt(i)) {
    const token = tokens[i] as Token;
    if (token.kind === 'word' && token.capitalized && !token.allCaps && !lexicon.notNames.has(token.norm)) {
      words++;
      lastWordEnd = i + 1;
    } else if (!(token.kind === 'word' && lexicon.nameParticles.has(token.norm)) && token.text !== '-') break;
    else if (token.text === '-' && tokens[i - 1]?.end !== token.start) break;
    i++;
  }
  return words >= 2 ? lastWordEnd : undefined;
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
  const holders = [...lexicon.personTitles].filter(([, roles]) =>
    roles.some((role) => role.current && fits(role.title) && role.of === of),
  );
  return holders.length === 1 ? holders[0]?.[0] : undefined;
}

/** ", head of Turkish military intelligence," / ", Director General of Protocol at the Turkish Foreign Ministry," */
function appositiveAffiliations(
  view: SentenceView,
  lexicon: Lexicon,
  memory: DocumentMemory,
): NamingRelation[] {
  const relations: NamingRelation[] = [];
  for (const slot of view.slots) {
    if (!isPersonSlot(slot, lexicon, memory) || view.norm(slot.end) !== ',') continue;
    const person = slot.actorIds[0] as string;
    let i = slot.end + 1;
    while (view.cues.has('determiners', i)) i++;
    const possessor = view.slotAt(i);
    if (possessor && view.isPossessive(possessor) && !isPersonSlot(possessor, lexicon, memory))
      i = possessor.end + 1;
    const title = lexicon.titles.longestAt(view.tokens, i);
    if (!title) continue;
    let of = possessor && view.isPossessive(possessor) ? possessor.actorIds[0] : undefined;
    for (let j = title.end; !of && j < Math.min(view.tokens.length, title.end + 12); j++) {
      const norm = view.norm(j);
      if (norm === ',' || norm === '.' || view.cues.has('rightBoundaries', j)) break;
      const candidate = view.slotAt(j);
      if (candidate && !isPersonSlot(candidate, lexicon, memory)) of = candidate.actorIds[0];
    }
    if (!of || of === person) continue;
    relations.push({ person, of, pattern: 'appositive' });
    rememberTitle(memory, person, (title.values[0] as { title: string }).title);
    const created = memory.newActors.get(person);
    if (created && !created.affiliation) created.affiliation = of;
  }
  return relations;
}

/** "he"/"she" → the most salient person; "it" (as a subject) → the most salient state or organization; "both countries" → the last pair. */
function pronounSlots(view: SentenceView, lexicon: Lexicon, memory: DocumentMemory): Slot[] {
  const slots: Slot[] = [];
  const { tokens } = view;
  const covered = (i: number) => view.slots.some((s) => s.start <= i && i < s.end);
  for (let i = 0; i < tokens.length; i++) {
    if (covered(i)) continue;
    const norm = view.norm(i);
    if (PERSON_PRONOUNS.has(norm)) {
      const person = salientBefore(view, i, lexicon, memory, true) ?? memory.lastPerson;
      if (person) slots.push({ start: i, end: i + 1, actorIds: [person], via: 'pronoun' });
    } else if (ENTITY_PRONOUNS.has(norm) && isSubjectPosition(view, i)) {
      const entity = salientBefore(view, i, lexicon, memory, false) ?? memory.lastEntity;
      if (entity) slots.push({ start: i, end: i + 1, actorIds: [entity], via: 'pronoun' });
    }
  }
  return slots;
}

/** "it" as a subject: followed by a verb or auxiliary (data/cues.json), not after a preposition. */
function isSubjectPosition(view: SentenceView, index: number): boolean {
  return !view.cues.has('prepositions', index - 1) && SUBJECT_PRONOUN_FOLLOWERS.has(view.norm(index + 1));
}

/** The first subject-like (not in a prepositional phrase) person or entity slot before token `index`. */
function salientBefore(
  view: SentenceView,
  index: number,
  lexicon: Lexicon,
  memory: DocumentMemory,
  person: boolean,
): string | undefined {
  for (const slot of view.slots) {
    if (slot.start >= index) break;
    if (slot.actorIds.length !== 1 || view.inPrepositionalPhrase(slot) || view.isCompoundModifier(slot))
      continue;
    if (isPersonSlot(slot, lexicon, memory) === person) return slot.actorIds[0];
  }
  return undefined;
}

/** Updates the document memory with this sentence's salient actors and the lists it names. */
function remember(view: SentenceView, lexicon: Lexicon, memory: DocumentMemory): void {
  const person = salientBefore(view, view.tokens.length, lexicon, memory, true);
  if (person) memory.lastPerson = person;
  const entity = salientBefore(view, view.tokens.length, lexicon, memory, false);
  if (entity) memory.lastEntity = entity;
  rememberLists(memory, view, (slot) => isPersonSlot(slot, lexicon, memory), partiesIn(view));
  for (const slot of view.slots) {
    if (slot.via !== 'name' && slot.via !== 'alias') continue;
    const id = slot.actorIds[0] as string;
    const name = memory.newActors.get(id)?.name ?? lexicon.gazetteer.get(id)?.name;
    if (!name || !isPersonSlot(slot, lexicon, memory)) continue;
    const first = name.split(/\s+/)[0];
    if (first && name.includes(' ')) memory.firstNames.set(foldWord(first), id);
  }
}

function rememberTitle(memory: DocumentMemory, person: string, title: string): void {
  let titles = memory.titles.get(person);
  if (!titles) {
    titles = new Set();
    memory.titles.set(person, titles);
  }
  memory.titles.delete(person);
  memory.titles.set(person, titles);
  titles.add(title);
}

/** Whether the slot names a person (known or created in this document). */
export function isPersonSlot(slot: Slot, lexicon: Lexicon, memory: DocumentMemory): boolean {
  const id = slot.actorIds[0];
  if (!id || slot.actorIds.length !== 1) return false;
  return memory.newActors.has(id) || lexicon.gazetteer.get(id)?.kind === 'person';
}

function spanText(tokens: readonly Token[], start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1];
    if (i > start && previous && previous.end < token.start) text += ' ';
    text += token.text;
  }
  return text;
}
