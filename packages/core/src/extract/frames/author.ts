import type { SentenceView, Slot } from '../syntax.js';
import { objectOf } from './object.js';
import type { TriggerSpan } from './trigger.js';

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
