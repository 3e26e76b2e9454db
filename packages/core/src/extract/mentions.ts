import type { Actor } from '../ontology/actors.js';
import { cueWords } from './cues.js';
import { datelineLength } from './dateline.js';
import { partiesIn } from './frames.js';
import { type ActorList, groupAnaphorSlots, type NamedActor, rememberLists } from './group-anaphora.js';
import { bestEntry, caseMatches, type Lexicon, type LexiconEntry, surnameOf } from './lexicon.js';
import type { DocumentTags } from './nlp.js';
import { foldWord, slugify } from './normalize.js';
import { organizationSlots } from './organizations.js';
import { SentenceView, type Slot } from './syntax.js';
import { isTitleCase, nameEnd, nameStartBefore, titlePhrase } from './titles.js';
import { spanText, type Token, tokenize } from './tokenize.js';
import type { Mention, MentionVia, Sentence } from './types.js';

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
  /** Acronyms given in brackets after a new organisation's name ("AEOI") → actor id. */
  readonly acronyms = new Map<string, string>();
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
  /** Part-of-speech tags and lemmas of the whole document (nlp.ts). */
  readonly tags: DocumentTags | undefined;
  /** Whether a quotation opened in an earlier sentence is still open. */
  quoteOpen = false;
  /** The document's sentences, for the speaker of a quotation named after it ("... ,” Araghchi said."). */
  readonly sentences: readonly Sentence[];

  constructor(tags?: DocumentTags, sentences: readonly Sentence[] = []) {
    this.tags = tags;
    this.sentences = sentences;
  }
}

/** The mentions of one sentence, its syntax view and the relations its naming states. */
export interface SentenceMentions {
  view: SentenceView;
  mentions: Mention[];
  naming: NamingRelation[];
}

const PERSON_PRONOUNS = cueWords('personPronouns');
const ENTITY_PRONOUNS = cueWords('entityPronouns');
const OBJECT_PRONOUNS = cueWords('objectPronouns');
const SPEAKER_PRONOUNS = cueWords('speakerPronouns');
const OPENING_QUOTES = new Set(['“', '"', '‘']);
const CLOSING_QUOTES = new Set(['”', '"', '’']);

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
  const named = nameSlots(tokens, lexicon, memory).filter(
    (slot) => (tokens[slot.start] as Token).start >= datelineEnd,
  );
  const headline = isTitleCase(new SentenceView(tokens, named));
  let slots = organizationSlots(tokens, named, lexicon, memory, headline);
  const naming: NamingRelation[] = [];
  let view = new SentenceView(tokens, slots);
  slots = composeTitledPeople(view, lexicon, memory, naming);
  view = new SentenceView(tokens, slots, view.cues, view.reserved);
  naming.push(...appositiveAffiliations(view, lexicon, memory));
  slots = [...slots, ...pronounSlots(view, lexicon, memory)];
  view = new SentenceView(tokens, slots, view.cues, view.reserved);
  slots = [...slots, ...groupAnaphorSlots(view, memory, (slot) => isPersonSlot(slot, lexicon, memory))];
  view = new SentenceView(tokens, slots, view.cues, view.reserved);
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
const SUBJECT_PRONOUN_FOLLOWERS = cueWords('subjectPronounFollowers');

/** A city name used as a place ("in Ankara", "the Ankara talks"), not for its government. */
function isPlaceUse(tokens: readonly Token[], start: number, end: number): boolean {
  const previous = tokens[start - 1]?.norm;
  // "Officials in Jakarta and Kuala Lumpur called for restraint": the officials of a government.
  if (previous && LOCATION_WORDS.has(previous)) return !AGENT_NOUNS.has(tokens[start - 2]?.norm ?? '');
  const next = tokens[end];
  return !!next && next.kind === 'word' && !next.capitalized && PLACE_NOUNS.has(next.norm);
}

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
  return [...view.slots.filter((s) => !removed.has(s)), ...added];
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

function gazetteerAffiliation(id: string, lexicon: Lexicon): string | undefined {
  const actor = lexicon.gazetteer.get(id);
  return actor?.affiliation ?? actor?.roles?.find((role) => role.until === undefined)?.of;
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

/** Whether a quotation is open before token `index`, given whether one was open at the sentence's start. */
function quoteOpenAt(view: SentenceView, index: number, openAtStart: boolean): boolean {
  let open = openAtStart;
  for (let i = 0; i < index; i++) {
    const text = view.tokens[i]?.text ?? '';
    if (!open && OPENING_QUOTES.has(text)) open = true;
    else if (open && CLOSING_QUOTES.has(text)) open = false;
  }
  return open;
}

/**
 * Who speaks the quotation of a sentence: the single actor right before or after its speech verb
 * outside the quotation ("..., Araghchi said", "X told reporters: “...”").
 */
function speakerOf(view: SentenceView, openAtStart = false): string | undefined {
  for (let i = 0; i < view.tokens.length; i++) {
    if (!view.cues.has('speechVerbs', i) || quoteOpenAt(view, i, openAtStart)) continue;
    const candidate = view.slotBefore(i) ?? view.slotAt(i + 1);
    if (candidate && candidate.actorIds.length === 1 && candidate.via !== 'pronoun')
      return candidate.actorIds[0];
  }
  return undefined;
}

const QUOTE_LOOKAHEAD = 3;

/**
 * The speaker of a quotation that runs on into the next sentences: the actor next to the speech verb
 * of the sentence where it closes ("... Differences can be resolved,” Araghchi said."), by its name
 * in the gazetteer or a surname given earlier in the document.
 */
function speakerAfter(memory: DocumentMemory, lexicon: Lexicon): string | undefined {
  for (let k = memory.sentence + 1; k <= memory.sentence + QUOTE_LOOKAHEAD; k++) {
    const sentence = memory.sentences[k];
    if (!sentence) return undefined;
    const tokens = tokenize(sentence.text, sentence.start);
    const close = tokens.findIndex((token) => CLOSING_QUOTES.has(token.text));
    if (close < 0) continue;
    for (let i = close + 1; i < Math.min(tokens.length, close + 8); i++) {
      const token = tokens[i] as Token;
      const surname = token.capitalized ? memory.surnames.get(token.norm) : undefined;
      if (surname) return surname;
      const match = lexicon.names.longestAt(tokens, i, caseMatches);
      const entry = match ? bestEntry(match.values) : undefined;
      if (entry?.actorId) return entry.actorId;
    }
    return undefined;
  }
  return undefined;
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
  // salientBefore for a person and for an entity over the whole sentence, in one walk over its slots.
  let person: string | undefined;
  let entity: string | undefined;
  for (const slot of view.slots) {
    if (person && entity) break;
    if (slot.actorIds.length !== 1 || view.inPrepositionalPhrase(slot) || view.isCompoundModifier(slot))
      continue;
    if (isPersonSlot(slot, lexicon, memory)) person ??= slot.actorIds[0];
    else entity ??= slot.actorIds[0];
  }
  if (person) memory.lastPerson = person;
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
  return (memory.newActors.get(id) ?? lexicon.gazetteer.get(id))?.kind === 'person';
}
