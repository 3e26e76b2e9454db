import type { SentenceView, Slot } from '../syntax.js';
import type { TriggerSpan } from './trigger.js';

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
