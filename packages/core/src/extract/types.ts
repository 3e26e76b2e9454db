import type { Actor } from '../ontology/actors.js';
import type { Article, Evidence } from '../ontology/documents.js';
import type { Polarity, RelationType } from '../ontology/relations.js';

/** A sentence of a document with its offsets into the original text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** How a mention was recognised, from the most to the least certain. */
export type MentionVia = 'name' | 'alias' | 'metonym' | 'demonym' | 'title' | 'surname' | 'pronoun';

/** A span of text that refers to a known actor. */
export interface Mention {
  actorId: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  via: MentionVia;
}

/** One relation read from one sentence. */
export interface ExtractedRelation {
  /** Actor ids. For undirected types the order is as read; the builder normalises it. */
  source: string;
  target: string;
  type: RelationType;
  polarity: Polarity;
  evidence: Evidence;
  /** Id of the pattern (from the patterns data file) that produced it, for debugging and eval. */
  pattern?: string;
}

export interface ExtractionResult {
  article: Article;
  sentences: Sentence[];
  mentions: Mention[];
  relations: ExtractedRelation[];
  /** Every actor mentioned or related in the document, resolved from the gazetteer. */
  actors: Actor[];
}
