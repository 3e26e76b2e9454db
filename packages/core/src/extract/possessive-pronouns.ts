import type { TriggerSpan } from './frames/index.js';
import type { SentenceView, Slot } from './syntax.js';

/** Lower-case words allowed between "its" and a noun trigger ("its key mediation role"). */
const MAX_MODIFIERS = 2;

/**
 * "thanked Turkey for its mediation role", "viewed Turkey's overtures with suspicion ... and opposes
 * its joining the force": the possessive "its" (cues.json `possessivePronouns`) just before a noun
 * trigger, or right after a verb trigger, stands for the nearest actor before it in the sentence
 * that is a clause argument — not inside a prepositional phrase, not a hyphen modifier — and not a
 * person. The slot returned sits on the pronoun with `via: 'pronoun'`, so relations read from it
 * keep a pronoun's lower confidence. When the nearest argument is the clause's own subject, the
 * relation comes out reflexive and is dropped: the reading stays conservative.
 */
export function possessivePronounBefore(
  view: SentenceView,
  trigger: TriggerSpan,
  isPerson: (actorId: string) => boolean,
): Slot[] {
  for (let i = trigger.start - 1, skipped = 0; i >= 0 && skipped <= MAX_MODIFIERS; i--, skipped++) {
    if (view.cues.has('possessivePronouns', i)) return antecedentSlot(view, i, isPerson);
    const token = view.tokens[i];
    // "its hospitality and praised ...": a coordinator means the trigger is another verb phrase.
    if (
      token?.kind !== 'word' ||
      token.capitalized ||
      view.slotBefore(i + 1) ||
      view.cues.has('coordinators', i)
    )
      return [];
  }
  return [];
}

/** "opposes its joining the force": the possessive right after a verb trigger. */
export function possessivePronounAfter(
  view: SentenceView,
  trigger: TriggerSpan,
  isPerson: (actorId: string) => boolean,
): Slot[] {
  return view.cues.has('possessivePronouns', trigger.end) ? antecedentSlot(view, trigger.end, isPerson) : [];
}

function antecedentSlot(view: SentenceView, pronoun: number, isPerson: (actorId: string) => boolean): Slot[] {
  for (let s = view.slots.length - 1; s >= 0; s--) {
    const slot = view.slots[s] as Slot;
    if (slot.end > pronoun) continue;
    if (slot.actorIds.length !== 1 || view.inPrepositionalPhrase(slot) || view.isCompoundModifier(slot))
      continue;
    if (isPerson(slot.actorIds[0] as string)) continue;
    return [{ start: pronoun, end: pronoun + 1, actorIds: slot.actorIds, via: 'pronoun' }];
  }
  return [];
}
