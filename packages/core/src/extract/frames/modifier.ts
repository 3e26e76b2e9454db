import type { SentenceView, Slot } from '../syntax.js';
import type { TriggerSpan } from './trigger.js';

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
