import type { RelationPattern } from '../patterns.js';
import type { SentenceView, Slot } from '../syntax.js';
import { meetingPairFrom } from './meeting-pair.js';
import { DEFAULT_MAX_GAP, type TriggerSpan } from './trigger.js';

/** The first actor after the trigger within `maxGap` tokens, with its coordinated members. */
export function objectOf(view: SentenceView, trigger: TriggerSpan, pattern: RelationPattern): Slot[] {
  const limit = Math.min(view.tokens.length, trigger.end + (pattern.maxGap ?? DEFAULT_MAX_GAP));
  for (let i = trigger.end; i < limit; i++) {
    const slot = view.slotAt(i);
    if (slot) {
      if (pattern.possessedObject === false && view.isPossessive(slot)) return [];
      if (pattern.possessedIntention) return ownsIntention(view, slot) ? [slot] : [];
      if (!view.isCompoundModifier(slot)) return view.coordinatedFrom(slot);
      if (pattern.meetingParticipants) {
        const participants = meetingPairFrom(view, slot);
        if (participants) return participants;
      }
      i = slot.end - 1;
      continue;
    }
    if (view.isPhraseEnd(i) || startsVerbPhrase(view, i)) return [];
  }
  return [];
}

/** "Turkey's bid", "China's new plans": a possessive followed, over one modifier, by an intention noun. */
function ownsIntention(view: SentenceView, slot: Slot): boolean {
  if (!view.isPossessive(slot)) return false;
  const head = slot.end + 1;
  return view.cues.has('intentionNouns', head) || view.cues.has('intentionNouns', head + 1);
}

/**
 * "and accused ...", "but urged ...": a coordinator followed by a lower-case word that is not a
 * determiner starts a new verb phrase, whose objects are not the trigger's.
 */
function startsVerbPhrase(view: SentenceView, index: number): boolean {
  const norm = view.norm(index);
  if (norm !== 'and' && norm !== 'but') return false;
  const next = view.tokens[index + 1];
  return (
    next?.kind === 'word' &&
    !next.capitalized &&
    !view.slotAt(index + 1) &&
    !view.cues.has('determiners', index + 1) &&
    !view.cues.has('coordinators', index + 1)
  );
}
