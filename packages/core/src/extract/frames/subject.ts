import type { SentenceView, Slot } from '../syntax.js';
import { isPassiveVerb } from '../verb-lexicon.js';
import { firstOf } from './first.js';
import type { TriggerSpan } from './trigger.js';

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
