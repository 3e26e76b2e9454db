import type { RelationPattern } from '../patterns.js';
import type { SentenceView, Slot } from '../syntax.js';
import { objectOf } from './object.js';
import { possessorOf } from './possessor.js';
import { subjectOf } from './subject.js';
import type { TriggerSpan } from './trigger.js';

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
