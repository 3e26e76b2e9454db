import type { SentenceView, Slot } from '../syntax.js';

/** The first subject-like actor of the sentence. */
export function firstOf(view: SentenceView): Slot[] {
  const slot = view.slots.find(
    (s) => !view.inPrepositionalPhrase(s) && !view.isCompoundModifier(s) && !isNounModifier(view, s),
  );
  return slot ? [slot] : [];
}

/**
 * "the Taiwan question", "a Haiti security mission": a name (not a demonym) right before a
 * lower-case noun that does not name people (cues.json agentNouns) modifies that noun.
 */
function isNounModifier(view: SentenceView, slot: Slot): boolean {
  if (slot.via === 'demonym' || view.isPossessive(slot)) return false;
  const next = view.tokens[slot.end];
  return next?.pos === 'NOUN' && !next.capitalized && !view.cues.has('agentNouns', slot.end);
}
