import type { SentenceView, Slot } from '../syntax.js';
import type { TriggerSpan } from './trigger.js';

/** The actor glued to the trigger by a hyphen: "U.S.-brokered". */
export function compoundOf(view: SentenceView, trigger: TriggerSpan): Slot[] {
  const hyphen = view.tokens[trigger.start - 1];
  const word = view.tokens[trigger.start];
  if (!hyphen || !word || hyphen.text !== '-' || hyphen.end !== word.start) return [];
  const slot = view.slotBefore(trigger.start - 1);
  return slot && view.tokens[slot.end - 1]?.end === hyphen.start ? [slot] : [];
}
