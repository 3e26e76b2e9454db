import type { ExtractedRelation, ExtractionResult, Mention } from '../extract/types.js';
import type { Actor } from '../ontology/actors.js';
import type { Article } from '../ontology/documents.js';

/** Sentence boundaries only: the sentence text is `text.slice(start, end)`, so it is not kept twice. */
export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
}

/**
 * An extraction without its article and without sentence texts: what a store keeps next to the text
 * (so that a restart rebuilds the graph without extracting again) and what extraction workers post
 * back (the text is not copied between threads). `expandExtraction` gives the full result back.
 */
export interface CompactExtraction {
  relations: ExtractedRelation[];
  actors: Actor[];
  mentions: Mention[];
  sentences: SentenceSpan[];
}

export interface CompactOptions {
  /**
   * Longest actor id or name kept, in characters; actors past it are dropped with the mentions and
   * relations that name them. Real names stay far below 200 ("United Nations Relief and Works Agency
   * for Palestine Refugees in the Near East" is 78); a name running on through the text (a title
   * followed by more capitalised words) would otherwise become an actor id as long as the article.
   * Default: no limit.
   */
  maxActorNameChars?: number;
}

/** The compact form of an extraction, with over-long actor names dropped when asked. */
export function compactExtraction(result: ExtractionResult, options: CompactOptions = {}): CompactExtraction {
  const sentences = result.sentences.map(({ index, start, end }) => ({ index, start, end }));
  const limit = options.maxActorNameChars;
  if (limit === undefined)
    return { actors: result.actors, mentions: result.mentions, relations: result.relations, sentences };
  const tooLong = new Set(
    result.actors
      .filter((actor) => actor.id.length > limit || actor.name.length > limit)
      .map((actor) => actor.id),
  );
  const kept = (id: string) => id.length <= limit && !tooLong.has(id);
  return {
    actors: result.actors.filter((actor) => kept(actor.id)),
    mentions: result.mentions.filter((mention) => kept(mention.actorId)),
    relations: result.relations.filter((relation) => kept(relation.source) && kept(relation.target)),
    sentences,
  };
}

/** The extraction result a compact extraction of `article` stands for (sentence texts sliced again). */
export function expandExtraction(article: Article, extraction: CompactExtraction): ExtractionResult {
  return {
    article,
    sentences: extraction.sentences.map((sentence) => ({
      ...sentence,
      text: article.text.slice(sentence.start, sentence.end),
    })),
    mentions: extraction.mentions,
    relations: extraction.relations,
    actors: extraction.actors,
  };
}
