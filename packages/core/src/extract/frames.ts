import type { RelationPattern } from './patterns.js';
import type { SentenceView, Slot } from './syntax.js';
import { isPassiveVerb } from './verb-lexicon.js';

/** A trigger occurrence: tokens [start, end) of the sentence. */
export interface TriggerSpan {
  start: number;
  end: number;
}

const DEFAULT_MAX_GAP = 8;

/**
 * The clause subject left of the trigger: the nearest actor that is not inside a prepositional
 * phrase, not a hyphen compound and not a noun modifier ("an OIC meeting"), without crossing a
 * clause boundary (said, that, quotes, semicolons). After "and"/"but"/"while" directly before the
 * trigger ("... and strongly opposes") the verb phrases are coordinated and share the clause's
 * first subject. Coordinated subjects ("Cairo and Ankara") and co-agents right after the trigger
 * ("alongside Qatar") are included.
 */
export function subjectOf(view: SentenceView, trigger: TriggerSpan): Slot[] {
  // "X told the meeting that Y ... while blaming Z": a participle adjunct's subject is the main clause's.
  if (view.cues.has('adjunctConjunctions', trigger.start - 1) && view.norm(trigger.start).endsWith('ing')) {
    const main = firstOf(view);
    return main.length > 0 ? view.coordinatedFrom(main[0] as Slot) : [];
  }
  const antecedent = relativeAntecedent(view, trigger);
  if (antecedent) return view.coordinatedUpTo(antecedent);
  // "their key allies including Australia and Japan expressed": members named after the subject are subjects too.
  const members: Slot[] = [];
  for (let i = trigger.start - 1; i >= 0; i--) {
    const slot = view.slotBefore(i + 1);
    if (slot) {
      if (isSubjectCandidate(view, slot, trigger)) return [...view.coordinatedUpTo(slot), ...members];
      if (members.length === 0 && onlyModifiersBetween(view, slot.end, trigger.start)) {
        const list = view.coordinatedUpTo(slot);
        const first = list[0] as Slot;
        if (view.cues.has('inclusionWords', first.start - 1)) {
          members.push(...list);
          i = first.start - 1;
          continue;
        }
      }
      i = slot.start;
      continue;
    }
    if (view.norm(i) === ',' && trigger.start - i <= PARENTHETICAL_TAIL) {
      // "China, which maintains close ties with Islamabad, called on": the subject is before the aside.
      const opening = parentheticalOpening(view, i);
      if (opening !== undefined) {
        i = opening;
        continue;
      }
    }
    if (view.isClauseBoundary(i)) return members;
    if (view.cues.has('verbCoordination', i) && onlyModifiersBetween(view, i + 1, trigger.start)) {
      // "Orbán doubled down on his allegation that Ukraine ..., and accused Kyiv": after a comma the
      // coordinated verb shares the sentence's subject, not the subordinate clause's.
      const main = view.norm(i - 1) === ',' ? firstOf(view) : [];
      return main.length > 0 ? view.coordinatedFrom(main[0] as Slot) : clauseSubject(view, i);
    }
  }
  if (members.length > 0) return members;
  // A passive trigger's subject is the one acted on: another passive's agent is not it.
  const passive = view.norm(trigger.end - 1) === 'by' || isPassiveVerb(view, trigger.start);
  return passive ? [] : passiveAgentBefore(view, trigger);
}

const LEADERSHIP = new Set(['led', 'headed', 'chaired', 'commanded', 'run']);

/**
 * "The talks, hosted by Switzerland, brought together ...": with no subject, the agent of a
 * participle earlier in the clause is the one acting.
 */
function passiveAgentBefore(view: SentenceView, trigger: TriggerSpan): Slot[] {
  for (const slot of view.slots) {
    if (slot.end > trigger.start) break;
    // "The army's leadership, headed by General al-Burhan, objected": a leader is not the one acting.
    if (
      isPassiveAgent(view, slot) &&
      !view.isPossessive(slot) &&
      !LEADERSHIP.has(view.norm(slot.start - 2))
    ) {
      let boundary = false;
      for (let i = slot.end; i < trigger.start && !boundary; i++) boundary = view.isClauseBoundary(i);
      if (!boundary) return view.coordinatedFrom(slot);
    }
  }
  return [];
}

/** Tokens allowed between the comma closing an aside and the verb ("..., on Sunday called"). */
const PARENTHETICAL_TAIL = 5;
/** Longest aside skipped between a subject and its verb. */
const PARENTHETICAL_LENGTH = 20;

/**
 * The opening comma of an aside that the comma at `closing` ends, when the aside follows an actor:
 * a relative clause ("North Korea, which fired a missile on Sunday,") or an apposition starting
 * with a determiner or an owner ("Celso Amorim, the chief adviser to President Lula,", "Wang Yi,
 * China's top diplomat,"). A list ("Egypt, the UAE and Qatar") is not an aside.
 */
function parentheticalOpening(view: SentenceView, closing: number): number | undefined {
  for (let i = closing - 1; i > 0 && i >= closing - PARENTHETICAL_LENGTH; i--) {
    const norm = view.norm(i);
    if (norm !== ',') {
      if (view.cues.has('relativePronouns', i)) continue;
      if (view.isClauseBoundary(i) || norm === '.') return undefined;
      continue;
    }
    const antecedent = view.slotBefore(i);
    if (!antecedent || !opensAside(view, i + 1, closing)) return undefined;
    return i;
  }
  return undefined;
}

/** Whether tokens [from, to) read as a relative clause or an apposition, not a list member. */
function opensAside(view: SentenceView, from: number, to: number): boolean {
  if (to - from < 2) return false;
  if (view.cues.has('relativePronouns', from)) return true;
  let i = from;
  const owner = view.slotAt(i);
  if (owner) {
    if (!view.isPossessive(owner)) return false;
    i = owner.end + 1;
  } else {
    if (!['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(view.norm(i))) return false;
    while (view.cues.has('determiners', i)) i++;
    // "Egypt, the UAE and Qatar": a name right after the determiner is a list member.
    if (view.slotAt(i)) return false;
  }
  for (let j = i; j < to; j++) if (view.cues.has('coordinators', j) && view.norm(j) !== ',') return false;
  return true;
}

const RELATIVE_GAP = 3;

/**
 * "Faisal bin Farhan, who welcomed ...", "Oman, which has previously facilitated ...": the subject
 * of a relative clause is the actor it is attached to, even inside a prepositional phrase.
 */
function relativeAntecedent(view: SentenceView, trigger: TriggerSpan): Slot | undefined {
  for (let i = trigger.start - 1; i >= Math.max(0, trigger.start - 1 - RELATIVE_GAP); i--) {
    if (view.cues.has('relativePronouns', i)) {
      const before = view.norm(i - 1) === ',' ? i - 1 : i;
      return view.slotBefore(before);
    }
    const token = view.tokens[i];
    if (token?.kind !== 'word' || token.capitalized || view.slotBefore(i + 1)) return undefined;
  }
  return undefined;
}

function isSubjectCandidate(view: SentenceView, slot: Slot, trigger: TriggerSpan): boolean {
  if (view.inPrepositionalPhrase(slot) || view.isCompoundModifier(slot)) return false;
  // "an OIC meeting": an indefinite article before a name right before a nominal trigger makes the name a modifier.
  const nounModifier = slot.end === trigger.start && ['a', 'an'].includes(view.norm(slot.start - 1));
  return !nounModifier;
}

/** Adverbs and auxiliaries only ("also", "has", "strongly"): nothing that could be a subject. */
function onlyModifiersBetween(view: SentenceView, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) {
    const token = view.tokens[i];
    if (token?.kind !== 'word' || token.capitalized) return false;
  }
  return true;
}

/** The first subject-like actor of the clause that ends at token `end`. */
function clauseSubject(view: SentenceView, end: number): Slot[] {
  let start = end;
  while (start > 0 && !view.isClauseBoundary(start - 1)) start--;
  let agent: Slot | undefined;
  for (const slot of view.slots) {
    if (slot.start < start || slot.end > end) continue;
    if (!view.inPrepositionalPhrase(slot) && !view.isCompoundModifier(slot))
      return view.coordinatedFrom(slot);
    agent ??= isPassiveAgent(view, slot) ? slot : undefined;
  }
  // "The meeting was hosted by Fidan and brought together ...": with no actor as subject, the
  // agent of the first verb is the one acting in the second.
  return agent ? view.coordinatedFrom(agent) : [];
}

/** Whether the slot follows "by" (over determiners): the agent of a passive. */
function isPassiveAgent(view: SentenceView, slot: Slot): boolean {
  let i = slot.start - 1;
  while (view.cues.has('determiners', i)) i--;
  return view.norm(i) === 'by';
}

/** The actor with a possessive right before the trigger, allowing two adjectives: "Ankara's close ties". */
export function possessorOf(view: SentenceView, trigger: TriggerSpan, group = false): Slot[] {
  let i = trigger.start;
  for (let skipped = 0; skipped <= 2; skipped++) {
    const slot = view.slotBefore(i);
    if (slot) {
      if (!view.isPossessive(slot) || view.isCompoundModifier(slot)) return [];
      return group ? view.coordinatedUpTo(slot) : [slot];
    }
    const token = view.tokens[i - 1];
    if (token?.kind !== 'word' || token.capitalized) return [];
    i--;
  }
  return [];
}

/** The first actor after the trigger within `maxGap` tokens, with its coordinated members. */
export function objectOf(view: SentenceView, trigger: TriggerSpan, pattern: RelationPattern): Slot[] {
  const limit = Math.min(view.tokens.length, trigger.end + (pattern.maxGap ?? DEFAULT_MAX_GAP));
  for (let i = trigger.end; i < limit; i++) {
    const slot = view.slotAt(i);
    if (slot) {
      if (pattern.possessedObject === false && view.isPossessive(slot)) return [];
      if (pattern.possessedIntention) return ownsIntention(view, slot) ? [slot] : [];
      if (!view.isCompoundModifier(slot)) return view.coordinatedFrom(slot);
      if (pattern.meetingParticipants) {
        const participants = meetingPairFrom(view, slot);
        if (participants) return participants;
      }
      i = slot.end - 1;
      continue;
    }
    if (view.isPhraseEnd(i) || startsVerbPhrase(view, i)) return [];
  }
  return [];
}

/** "Turkey's bid", "China's new plans": a possessive followed, over one modifier, by an intention noun. */
function ownsIntention(view: SentenceView, slot: Slot): boolean {
  if (!view.isPossessive(slot)) return false;
  const head = slot.end + 1;
  return view.cues.has('intentionNouns', head) || view.cues.has('intentionNouns', head + 1);
}

const MEETING_MODIFIERS = 2;

/**
 * "Iran-US nuclear talks": the two actors of a hyphen pair starting at `first` and followed, over at
 * most two lower-case modifiers, by a meeting noun (cues.json `meetingNouns`).
 */
function meetingPairFrom(view: SentenceView, first: Slot): Slot[] | undefined {
  if (view.norm(first.end) !== '-') return undefined;
  const second = view.slotAt(first.end + 1);
  if (second?.actorIds.length !== 1) return undefined;
  for (let i = second.end; i <= second.end + MEETING_MODIFIERS; i++) {
    if (view.cues.has('meetingNouns', i)) return [first, second];
    const token = view.tokens[i];
    if (token?.kind !== 'word' || token.capitalized) return undefined;
  }
  return undefined;
}

/**
 * "Iran-US nuclear talks", "the Armenia-Azerbaijan summit": the hyphen pair whose meeting noun is
 * the trigger.
 */
export function meetingPairBefore(view: SentenceView, trigger: TriggerSpan): Array<[Slot, Slot]> {
  for (let i = trigger.start, skipped = 0; skipped <= MEETING_MODIFIERS && i > 0; skipped++, i--) {
    const second = view.slotBefore(i);
    if (second) {
      const first = view.norm(second.start - 1) === '-' ? view.slotBefore(second.start - 1) : undefined;
      const pair = first ? meetingPairFrom(view, first) : undefined;
      return pair && pair[1] === second ? [[first as Slot, second]] : [];
    }
    const token = view.tokens[i - 1];
    if (token?.kind !== 'word' || token.capitalized) return [];
  }
  return [];
}

/**
 * "and accused ...", "but urged ...": a coordinator followed by a lower-case word that is not a
 * determiner starts a new verb phrase, whose objects are not the trigger's.
 */
function startsVerbPhrase(view: SentenceView, index: number): boolean {
  const norm = view.norm(index);
  if (norm !== 'and' && norm !== 'but') return false;
  const next = view.tokens[index + 1];
  return (
    next?.kind === 'word' &&
    !next.capitalized &&
    !view.slotAt(index + 1) &&
    !view.cues.has('determiners', index + 1) &&
    !view.cues.has('coordinators', index + 1)
  );
}

/** The agent of a passive: the actor after "by" ("brokered under the U.S.-led initiative by President Donald Trump"). */
export function agentOf(view: SentenceView, trigger: TriggerSpan, pattern: RelationPattern): Slot[] {
  if (view.norm(trigger.end - 1) === 'by') return objectOf(view, trigger, pattern);
  const limit = Math.min(view.tokens.length, trigger.end + (pattern.maxGap ?? DEFAULT_MAX_GAP));
  for (let i = trigger.end; i < limit; i++) {
    if (view.norm(i) === 'by') return objectOf(view, { start: i, end: i + 1 }, pattern);
    if (view.isPhraseEnd(i)) return [];
  }
  return [];
}

/** The actor glued to the trigger by a hyphen: "U.S.-brokered". */
export function compoundOf(view: SentenceView, trigger: TriggerSpan): Slot[] {
  const hyphen = view.tokens[trigger.start - 1];
  const word = view.tokens[trigger.start];
  if (!hyphen || !word || hyphen.text !== '-' || hyphen.end !== word.start) return [];
  const slot = view.slotBefore(trigger.start - 1);
  return slot && view.tokens[slot.end - 1]?.end === hyphen.start ? [slot] : [];
}

/** The actor of the noun phrase right before the trigger: "a Hamas delegation led by". */
export function leftOf(view: SentenceView, trigger: TriggerSpan): Slot[] {
  let i = trigger.start;
  // "The Israeli team, led by ...": the participle phrase may be set off by a comma.
  if (view.norm(i - 1) === ',') i--;
  for (let skipped = 0; skipped <= 3; skipped++) {
    const slot = view.slotBefore(i);
    if (slot) return [slot];
    const token = view.tokens[i - 1];
    if (token?.kind !== 'word' || token.capitalized) return [];
    i--;
  }
  return [];
}

/** The first subject-like actor of the sentence. */
export function firstOf(view: SentenceView): Slot[] {
  const slot = view.slots.find(
    (s) => !view.inPrepositionalPhrase(s) && !view.isCompoundModifier(s) && !isNounModifier(view, s),
  );
  return slot ? [slot] : [];
}

/**
 * "the Taiwan question", "a Haiti security mission": a name (not a demonym) right before a
 * lower-case noun that does not name people (cues.json agentNouns) modifies that noun.
 */
function isNounModifier(view: SentenceView, slot: Slot): boolean {
  if (slot.via === 'demonym' || view.isPossessive(slot)) return false;
  const next = view.tokens[slot.end];
  return next?.pos === 'NOUN' && !next.capitalized && !view.cues.has('agentNouns', slot.end);
}

/**
 * Pairs of conflict parties the sentence names: "the Israel-Hamas war", "between Hamas and Israel",
 * "with both Israel and Hamas".
 */
export function partiesIn(view: SentenceView): Slot[][] {
  const pairs: Slot[][] = [];
  for (const slot of view.slots) {
    if (view.norm(slot.end) === '-' && view.isCompoundModifier(slot)) {
      const other = view.slotAt(slot.end + 1);
      if (other) pairs.push([slot, other]);
    }
    const before = view.norm(slot.start - 1);
    if (before === 'between' || before === 'both') {
      const group = view.coordinatedFrom(slot);
      if (group.length >= 2) pairs.push(group);
    }
  }
  return pairs;
}

/**
 * Two actors acting together around a trigger: "between A and B", "A-B joint group",
 * "A and B's partnership", "A and B have sought to ...", "A's coordination with B".
 */
export function pairsOf(
  view: SentenceView,
  trigger: TriggerSpan,
  pattern: RelationPattern,
): Array<[Slot, Slot]> {
  for (let i = trigger.end - 1; i < Math.min(view.tokens.length, trigger.end + 3); i++) {
    if (view.norm(i) !== 'between') continue;
    let j = i + 1;
    while (view.cues.has('determiners', j)) j++;
    const first = view.slotAt(j);
    const group = first ? view.coordinatedFrom(first) : [];
    if (group.length >= 2) return allPairs(group);
  }
  for (let i = trigger.start; i > trigger.start - 4 && i > 0; i--) {
    const second = view.slotBefore(i);
    if (second && view.norm(second.start - 1) === '-' && view.isCompoundModifier(second)) {
      const first = view.slotBefore(second.start - 1);
      if (first) return [[first, second]];
    }
    if (second) break;
  }
  const possessors = possessorOf(view, trigger, true);
  if (possessors.length >= 2) return allPairs(possessors);
  const subjects = possessors.length > 0 ? possessors : subjectOf(view, trigger);
  if (subjects.length >= 2) return allPairs(subjects);
  // "coordination on trade, North Korea and energy": what follows a topic preposition is the subject
  // matter, not a partner.
  const topical = view.cues.has('topicPrepositions', trigger.end);
  const objects = subjects.length === 1 && !topical ? objectOf(view, trigger, pattern) : [];
  return objects.map((object) => [subjects[0] as Slot, object]);
}

function allPairs(slots: Slot[]): Array<[Slot, Slot]> {
  const pairs: Array<[Slot, Slot]> = [];
  for (let i = 0; i < slots.length; i++) {
    for (let j = i + 1; j < slots.length; j++) pairs.push([slots[i] as Slot, slots[j] as Slot]);
  }
  return pairs;
}

/**
 * A weaker reading of the parties, for sentences that name no pair explicitly: the distinct states
 * and armed groups the sentence names besides the source ("Brokered by Trump, the ceasefire ... has
 * been tested by Hamas attacks on Israeli soldiers"). Needs at least two.
 */
export function namedSidesIn(
  view: SentenceView,
  isSide: (actorId: string) => boolean,
  exclude: Set<string>,
): Slot[] {
  const seen = new Set<string>();
  const sides: Slot[] = [];
  for (const slot of view.slots) {
    const id = slot.actorIds[0];
    if (slot.actorIds.length !== 1 || !id || exclude.has(id) || seen.has(id) || !isSide(id)) continue;
    seen.add(id);
    sides.push(slot);
  }
  return sides.length >= 2 ? sides : [];
}

const AUTHOR_WINDOW = 12;

/**
 * The authors of the text a clause is about, for "support for a plan is support for whoever put it
 * forward": the document noun nearest the trigger ("plan", "resolution"; cues.json) and either the
 * actors after an authorship verb and "by" ("the resolution was drafted by France, Germany and the
 * UK") or the actors modifying it ("an Arab League and OIC plan", "Egypt's proposal").
 */
export function authorOf(view: SentenceView, trigger: TriggerSpan): Slot[] {
  const noun = nearestDocumentNoun(view, trigger);
  if (noun === undefined) return [];
  let end = noun + 1;
  while (view.cues.has('documentNouns', end)) end++;
  for (let i = end; i < Math.min(view.tokens.length, end + 4); i++) {
    if (view.cues.has('authorshipVerbs', i) && view.norm(i + 1) === 'by') {
      return objectOf(
        view,
        { start: i, end: i + 2 },
        { id: 'author', type: 'supports', triggers: [], source: [], target: [], maxGap: 4 },
      );
    }
    if (view.slotAt(i) || view.isPhraseEnd(i)) break;
  }
  let start = noun;
  while (view.cues.has('documentNouns', start - 1)) start--;
  // The modifier lies between the trigger and a noun after it ("backed an Egyptian plan").
  const floor = noun >= trigger.end ? trigger.end : 0;
  for (let i = start, skipped = 0; skipped <= 2 && i > floor; skipped++) {
    const slot = view.slotBefore(i);
    if (slot) {
      if (slot.start < floor) return [];
      return view.isCompoundModifier(slot) ? [slot] : view.coordinatedUpTo(slot);
    }
    const token = view.tokens[i - 1];
    if (token?.kind !== 'word' || token.capitalized || view.cues.has('determiners', i - 1)) return [];
    i--;
  }
  return [];
}

function nearestDocumentNoun(view: SentenceView, trigger: TriggerSpan): number | undefined {
  for (let d = 0; d < AUTHOR_WINDOW; d++) {
    if (view.cues.has('documentNouns', trigger.end + d)) return trigger.end + d;
    if (view.cues.has('documentNouns', trigger.start - 1 - d)) return trigger.start - 1 - d;
  }
  return undefined;
}

/** The actor modifying a noun trigger, over at most one adjective: "Qatari mediators", "Egyptian and Qatari mediation". */
export function modifierOf(view: SentenceView, trigger: TriggerSpan): Slot[] {
  for (let i = trigger.start, skipped = 0; skipped <= 1; skipped++, i--) {
    const slot = view.slotBefore(i);
    if (slot) {
      if (slot.via === 'pronoun' || view.isPossessive(slot)) return [];
      return view.coordinatedUpTo(slot);
    }
    const token = view.tokens[i - 1];
    if (token?.kind !== 'word' || token.capitalized || view.cues.has('determiners', i - 1)) return [];
  }
  return [];
}

const COPULA_WINDOW = 5;

/**
 * The subject of a predicate noun: "X has served as a key intermediary", "X is a mediator", "X played
 * pivotal roles in ceasefire mediation" (copulas and light verbs in cues.json, a few words before the noun).
 */
export function copularSubjectOf(view: SentenceView, trigger: TriggerSpan): Slot[] {
  for (let i = trigger.start - 1; i >= Math.max(0, trigger.start - COPULA_WINDOW); i--) {
    if (view.slotBefore(i + 1)) return [];
    if (view.cues.has('copulas', i)) {
      let start = i;
      while (view.cues.has('copulas', start - 1)) start--;
      return subjectOf(view, { start, end: i + 1 });
    }
  }
  return [];
}

const NAMING_WINDOW = 8;

/**
 * "an international body chaired by Trump called the “Board of Peace”": the actor a naming word
 * introduces a few tokens after the trigger, over determiners and quotes, before the sentence ends.
 */
export function namedAfter(view: SentenceView, trigger: TriggerSpan): Slot[] {
  const limit = Math.min(view.tokens.length, trigger.end + NAMING_WINDOW);
  for (let i = trigger.end; i < limit; i++) {
    const norm = view.norm(i);
    if (norm === '.' || norm === ';') return [];
    if (!view.cues.has('namingWords', i)) continue;
    let j = i + 1;
    while (view.cues.has('namingWords', j)) j++;
    while (view.cues.has('determiners', j) || QUOTES.has(view.norm(j))) j++;
    const slot = view.slotAt(j);
    return slot ? [slot] : [];
  }
  return [];
}

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
