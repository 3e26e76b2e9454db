import type { SentenceView, Slot } from '../syntax.js';
import type { TriggerSpan } from './trigger.js';

const MEETING_MODIFIERS = 2;

/**
 * "Iran-US nuclear talks": the two actors of a hyphen pair starting at `first` and followed, over at
 * most two lower-case modifiers, by a meeting noun (cues.json `meetingNouns`).
 */
export function meetingPairFrom(view: SentenceView, first: Slot): Slot[] | undefined {
  if (view.norm(first.end) !== '-') return undefined;
  const second = view.slotAt(first.end + 1);
  if (second?.actorIds.length !== 1) return undefined;
  for (let i = second.end; i <= second.end + MEETING_MODIFIERS; i++) {
    if (view.cues.has('meetingNouns', i)) return [first, second];
    const token = view.tokens[i];
    if (token?.kind !== 'word' || token.capitalized) return undefined;
  }
  return undefined;
}

/**
 * "Iran-US nuclear talks", "the Armenia-Azerbaijan summit": the hyphen pair whose meeting noun is
 * the trigger.
 */
export function meetingPairBefore(view: SentenceView, trigger: TriggerSpan): Array<[Slot, Slot]> {
  for (let i = trigger.start, skipped = 0; skipped <= MEETING_MODIFIERS && i > 0; skipped++, i--) {
    const second = view.slotBefore(i);
    if (second) {
      const first = view.norm(second.start - 1) === '-' ? view.slotBefore(second.start - 1) : undefined;
      const pair = first ? meetingPairFrom(view, first) : undefined;
      return pair && pair[1] === second ? [[first as Slot, second]] : [];
    }
    const token = view.tokens[i - 1];
    if (token?.kind !== 'word' || token.capitalized) return [];
  }
  return [];
}
