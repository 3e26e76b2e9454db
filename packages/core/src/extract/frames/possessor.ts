import type { SentenceView, Slot } from '../syntax.js';
import type { TriggerSpan } from './trigger.js';

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
