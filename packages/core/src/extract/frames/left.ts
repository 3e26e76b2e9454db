import type { SentenceView, Slot } from '../syntax.js';
import type { TriggerSpan } from './trigger.js';

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
