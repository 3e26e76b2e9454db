import type { Lexicon } from '../lexicon.js';
import type { SentenceView } from '../syntax.js';
import type { MentionFinder } from './finder.js';
import { type DocumentMemory, isPersonSlot, type NamingRelation, rememberTitle } from './memory.js';

/** Whom a person named in the sentence works for, from an apposition after the name; finds no new slot. */
export const appositives: MentionFinder = {
  name: 'appositive affiliations',
  find: ({ view, lexicon, memory, naming }) => {
    naming.push(...appositiveAffiliations(view, lexicon, memory));
    return view.slots;
  },
};

/** ", head of Turkish military intelligence," / ", Director General of Protocol at the Turkish Foreign Ministry," */
function appositiveAffiliations(
  view: SentenceView,
  lexicon: Lexicon,
  memory: DocumentMemory,
): NamingRelation[] {
  const relations: NamingRelation[] = [];
  for (const slot of view.slots) {
    if (!isPersonSlot(slot, lexicon, memory) || view.norm(slot.end) !== ',') continue;
    const person = slot.actorIds[0] as string;
    let i = slot.end + 1;
    while (view.cues.has('determiners', i)) i++;
    const possessor = view.slotAt(i);
    if (possessor && view.isPossessive(possessor) && !isPersonSlot(possessor, lexicon, memory))
      i = possessor.end + 1;
    const title = lexicon.titles.longestAt(view.tokens, i);
    if (!title) continue;
    let of = possessor && view.isPossessive(possessor) ? possessor.actorIds[0] : undefined;
    for (let j = title.end; !of && j < Math.min(view.tokens.length, title.end + 12); j++) {
      const norm = view.norm(j);
      if (norm === ',' || norm === '.' || view.cues.has('rightBoundaries', j)) break;
      const candidate = view.slotAt(j);
      if (candidate && !isPersonSlot(candidate, lexicon, memory)) of = candidate.actorIds[0];
    }
    if (!of || of === person) continue;
    relations.push({ person, of, pattern: 'appositive' });
    rememberTitle(memory, person, (title.values[0] as { title: string }).title);
    const created = memory.newActors.get(person);
    if (created && !created.affiliation) created.affiliation = of;
  }
  return relations;
}
