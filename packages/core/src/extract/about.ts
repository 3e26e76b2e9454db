import type { EvidenceAbout } from '../ontology/documents.js';
import type { RelationType } from '../ontology/relations.js';
import type { RelationCandidate } from './relations.js';
import type { SentenceView, Slot } from './syntax.js';

/**
 * What a relation is about: the phrase of its sentence that names the matter — the object of the
 * opposition, support or talks ("opposes [a Turkish role in the International Stabilization
 * Force]", "concern over [Turkey's bid to participate in any international stabilization force]",
 * "met Egypt on [trade]") — verbatim with its offsets, and the actors named inside it other than
 * the two ends of the relation.
 */

const MAX_ABOUT_TOKENS = 16;
const PUNCTUATION_ENDS = new Set([',', '.', ';', ':', '!', '?', '(', ')', '—', '–']);
const DANGLING = new Set([
  'and',
  'or',
  'but',
  'while',
  'as',
  'the',
  'a',
  'an',
  'with',
  'in',
  'of',
  'to',
  'on',
  'for',
  'by',
  'at',
]);
const NOUN_PHRASE_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Relations whose object can be a matter rather than an actor; hosting, inviting and titles have none. */
const WITH_MATTER = new Set<RelationType>([
  'opposes',
  'criticizes',
  'blocks',
  'supports',
  'aids',
  'urges',
  'meets',
  'cooperates',
  'mediates',
]);

export function aboutOf(
  view: SentenceView,
  candidate: RelationCandidate,
  sentenceText: string,
  sentenceStart: number,
): EvidenceAbout | undefined {
  const { trigger, targetSlot, sourceSlot } = candidate;
  if (!WITH_MATTER.has(candidate.type)) return undefined;
  let from = trigger.end;
  if (targetSlot && targetSlot.start >= trigger.end && targetSlot.start - trigger.end <= 1) {
    // "met Egypt on trade": past a target right after the trigger, a topic preposition leads to the matter;
    // "a Turkish role in ...", "Turkey's bid to ...": a target that modifies a noun is part of it.
    const next = view.after(lastCoordinated(view, targetSlot));
    if (view.cues.has('topicPrepositions', next)) from = next + 1;
    else if (!modifiesMatter(view, targetSlot)) return undefined;
  } else if (view.cues.has('topicPrepositions', from)) from++;
  // A matter is a noun phrase: not "alongside Qatar", "in negotiating ...", "them in".
  if (!NOUN_PHRASE_START.has(view.tokens[from]?.pos ?? '')) return undefined;
  const to = phraseEnd(view, from);
  if (to <= from) return undefined;
  // The phrase names a matter, not an end of the relation: never the agent ("by Trump"), and the
  // target only as the modifier of its noun, not as a noun phrase of its own ("a Hamas delegation").
  for (const slot of [sourceSlot, targetSlot]) {
    if (!slot || slot.start < from || slot.start >= to) continue;
    if (slot === sourceSlot || !modifiesMatter(view, slot)) return undefined;
  }
  const first = view.tokens[from];
  const last = view.tokens[to - 1];
  if (!first || !last) return undefined;
  const ends = new Set([candidate.source, candidate.target]);
  const actors = new Set<string>();
  for (const slot of view.slots) {
    if (slot.start < from || slot.end > to) continue;
    for (const id of slot.actorIds) if (!ends.has(id)) actors.add(id);
  }
  return {
    text: sentenceText.slice(first.start - sentenceStart, last.end - sentenceStart),
    start: first.start,
    end: last.end,
    actors: [...actors],
  };
}

/** "a Turkish role", "Turkey's bid": the slot modifies a noun that does not name people. */
function modifiesMatter(view: SentenceView, slot: Slot): boolean {
  const next = view.after(slot);
  const token = view.tokens[next];
  const noun = token?.kind === 'word' && !token.capitalized && (token.pos === 'NOUN' || token.pos === 'ADJ');
  return noun && !view.cues.has('agentNouns', next) && !view.cues.has('agentNouns', next + 1);
}

/** The last member of the list a slot starts ("Qatar, Egypt and Jordan"). */
function lastCoordinated(view: SentenceView, slot: Slot): Slot {
  const list = view.coordinatedFrom(slot);
  return list[list.length - 1] as Slot;
}

/**
 * End (exclusive) of the phrase starting at `from`: at punctuation, a clause boundary, a finite verb
 * ("... mission remain central"; "to participate" stays) or sixteen tokens.
 */
function phraseEnd(view: SentenceView, from: number): number {
  let end = from;
  while (end < view.tokens.length && end - from < MAX_ABOUT_TOKENS) {
    const token = view.tokens[end];
    if (!token || PUNCTUATION_ENDS.has(token.text) || (end > from && view.isPhraseEnd(end))) break;
    const finite = token.pos === 'VERB' && view.norm(end - 1) !== 'to' && !/(?:ing|ed)$/.test(token.norm);
    if (token.pos === 'AUX' || finite) break;
    // "the Saudi effort and thanked ...": a coordinator before a verb or an adverb starts another clause.
    const next = view.tokens[end + 1];
    if (token.pos === 'CCONJ' && (next?.pos === 'VERB' || next?.pos === 'ADV')) break;
    end++;
  }
  // A conjunction or an article left at the end belongs to what follows.
  while (end > from && DANGLING.has(view.norm(end - 1))) end--;
  return end;
}
