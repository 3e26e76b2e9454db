import type { SentenceView, Slot } from '../syntax.js';
import { subjectOf } from './subject.js';
import type { TriggerSpan } from './trigger.js';

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
