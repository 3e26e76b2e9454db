import { partiesIn } from '../frames/index.js';
import type { Lexicon } from '../lexicon.js';
import { foldWord } from '../normalize.js';
import type { SentenceView } from '../syntax.js';
import { rememberLists } from './group-anaphora.js';
import { type DocumentMemory, isPersonSlot } from './memory.js';

// Which actors a sentence is about, remembered for the pronouns of the sentences after it.

/** The first subject-like (not in a prepositional phrase) person or entity slot before token `index`. */
export function salientBefore(
  view: SentenceView,
  index: number,
  lexicon: Lexicon,
  memory: DocumentMemory,
  person: boolean,
): string | undefined {
  for (const slot of view.slots) {
    if (slot.start >= index) break;
    if (slot.actorIds.length !== 1 || view.inPrepositionalPhrase(slot) || view.isCompoundModifier(slot))
      continue;
    if (isPersonSlot(slot, lexicon, memory) === person) return slot.actorIds[0];
  }
  return undefined;
}

/** Updates the document memory with this sentence's salient actors and the lists it names. */
export function remember(view: SentenceView, lexicon: Lexicon, memory: DocumentMemory): void {
  // salientBefore for a person and for an entity over the whole sentence, in one walk over its slots.
  let person: string | undefined;
  let entity: string | undefined;
  for (const slot of view.slots) {
    if (person && entity) break;
    if (slot.actorIds.length !== 1 || view.inPrepositionalPhrase(slot) || view.isCompoundModifier(slot))
      continue;
    if (isPersonSlot(slot, lexicon, memory)) person ??= slot.actorIds[0];
    else entity ??= slot.actorIds[0];
  }
  if (person) memory.lastPerson = person;
  if (entity) memory.lastEntity = entity;
  rememberLists(memory, view, (slot) => isPersonSlot(slot, lexicon, memory), partiesIn(view));
  for (const slot of view.slots) {
    if (slot.via !== 'name' && slot.via !== 'alias') continue;
    const id = slot.actorIds[0] as string;
    const name = memory.newActors.get(id)?.name ?? lexicon.gazetteer.get(id)?.name;
    if (!name || !isPersonSlot(slot, lexicon, memory)) continue;
    const first = name.split(/\s+/)[0];
    if (first && name.includes(' ')) memory.firstNames.set(foldWord(first), id);
  }
}
