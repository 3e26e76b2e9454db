import type { Actor } from '../../ontology/actors.js';
import type { Lexicon } from '../lexicon.js';
import type { DocumentTags } from '../nlp.js';
import type { Slot } from '../syntax.js';
import type { Sentence } from '../types.js';
import type { ActorList, NamedActor } from './group-anaphora.js';

// What the mention finders share: the document's memory, and what they ask of a slot.

/** A relation stated by the way a person is named: "Turkish Foreign Minister Hakan Fidan". */
export interface NamingRelation {
  person: string;
  of: string;
  /** "title" (demonym/actor + title + name), "appositive" (", head of X,"). */
  pattern: 'title' | 'appositive';
}

/** What the mention finder remembers from one sentence to the next within a document. */
export class DocumentMemory {
  /** Actors created for named people the gazetteer does not know, by id. */
  readonly newActors = new Map<string, Actor>();
  /** Acronyms given in brackets after a new organisation's name ("AEOI") → actor id. */
  readonly acronyms = new Map<string, string>();
  /** Surnames of people introduced in this document → actor id ("Miroğlu" after "Ahmet Cemil Miroğlu"). */
  readonly surnames = new Map<string, string>();
  /** First names of people named in full in this document → actor id, for "Sheikh Mohammed". */
  readonly firstNames = new Map<string, string>();
  /** Titles each person was given in this document ("foreign minister"). */
  readonly titles = new Map<string, Set<string>>();
  /** The most salient person and entity (state/organization) so far, for "he" and "it". */
  lastPerson: string | undefined;
  lastEntity: string | undefined;
  /** Recent lists of actors named together ("Egypt and Turkey", "Turkey-Egypt"), for "both countries", "their". */
  readonly lists: ActorList[] = [];
  /** The last pair of conflict parties named ("the Israel-Hamas war"), for "the parties". */
  parties: string[] | undefined;
  /** The single actors the previous sentence named, for "the two leaders" after "Macron met Scholz". */
  previousActors: NamedActor[] = [];
  /** Number of the sentence being read. */
  sentence = 0;
  /** Part-of-speech tags and lemmas of the whole document (nlp.ts). */
  readonly tags: DocumentTags | undefined;
  /** Whether a quotation opened in an earlier sentence is still open. */
  quoteOpen = false;
  /** The document's sentences, for the speaker of a quotation named after it ("... ,” Araghchi said."). */
  readonly sentences: readonly Sentence[];

  constructor(tags?: DocumentTags, sentences: readonly Sentence[] = []) {
    this.tags = tags;
    this.sentences = sentences;
  }
}

/** Whether the slot names a person (known or created in this document). */
export function isPersonSlot(slot: Slot, lexicon: Lexicon, memory: DocumentMemory): boolean {
  const id = slot.actorIds[0];
  if (!id || slot.actorIds.length !== 1) return false;
  return (memory.newActors.get(id) ?? lexicon.gazetteer.get(id))?.kind === 'person';
}

export function rememberTitle(memory: DocumentMemory, person: string, title: string): void {
  let titles = memory.titles.get(person);
  if (!titles) {
    titles = new Set();
    memory.titles.set(person, titles);
  }
  memory.titles.delete(person);
  memory.titles.set(person, titles);
  titles.add(title);
}

/** The organisation or state a known person acts for, from the gazetteer. */
export function gazetteerAffiliation(id: string, lexicon: Lexicon): string | undefined {
  const actor = lexicon.gazetteer.get(id);
  return actor?.affiliation ?? actor?.roles?.find((role) => role.until === undefined)?.of;
}
