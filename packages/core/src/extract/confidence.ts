import type { RelationCandidate } from './relations.js';
import type { SentenceView, Slot } from './syntax.js';
import type { MentionVia } from './types.js';

const BASE = 0.9;
const VIA_FACTOR: Record<MentionVia, number> = {
  name: 1,
  alias: 1,
  metonym: 0.95,
  demonym: 0.9,
  surname: 0.95,
  title: 0.85,
  pronoun: 0.75,
};
const HEDGE_FACTOR = 0.8;
const DOCUMENT_PARTIES_FACTOR = 0.7;
const FAR_TOKENS = 12;
const FAR_FACTOR = 0.85;

/**
 * How sure the extractor is of a relation, in [0, 1]: lower when an actor was found through a
 * pronoun or a bare title, when the sentence hedges ("reportedly"), when an actor is far from the
 * trigger, and when the target came from elsewhere in the document.
 */
export function confidenceOf(candidate: RelationCandidate, view: SentenceView, patternFactor = 1): number {
  let confidence = BASE * patternFactor;
  const slots = [candidate.sourceSlot, candidate.targetSlot].filter((s): s is Slot => !!s);
  for (const slot of slots) confidence *= VIA_FACTOR[slot.via];
  if (view.cues.any('hedges', 0, view.tokens.length)) confidence *= HEDGE_FACTOR;
  if (candidate.fromDocument) confidence *= DOCUMENT_PARTIES_FACTOR;
  const distance = Math.max(...slots.map((slot) => gap(slot, candidate.trigger)));
  if (distance > FAR_TOKENS) confidence *= FAR_FACTOR;
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
}

function gap(slot: Slot, trigger: { start: number; end: number }): number {
  if (slot.end <= trigger.start) return trigger.start - slot.end;
  if (slot.start >= trigger.end) return slot.start - trigger.end;
  return 0;
}
