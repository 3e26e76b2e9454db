import type { RelationPattern } from '../patterns.js';
import type { SentenceView, Slot } from '../syntax.js';
import { objectOf } from './object.js';
import { DEFAULT_MAX_GAP, type TriggerSpan } from './trigger.js';

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
