/** An article as a user submits it. Only `text` is required. */
export interface ArticleInput {
  text: string;
  /** Caller-chosen id; when absent the id is derived from the text so re-ingesting is idempotent. */
  id?: string;
  title?: string;
  /** Outlet name, e.g. "The Times of Israel". */
  source?: string;
  url?: string;
  /** ISO 8601 date or date-time. */
  publishedAt?: string;
}

/** An article once accepted: it always has an id. */
export interface Article extends ArticleInput {
  id: string;
}

/**
 * What a graph needs of a piece of evidence to count, date, filter and weigh it: which document and
 * sentence it was read in (with the relation's key, that names it), its date, the extractor's
 * confidence, and the actors its `about` phrase names. A server's graph keeps only this; the quote,
 * offsets and about phrase are read back from the stored extraction when asked for.
 */
export interface EvidenceRef {
  document: string;
  /** Zero-based index of the sentence in the document. */
  sentence: number;
  /** ISO date: the date the sentence states, else the publication date; absent when neither is known. */
  date?: string;
  /** In [0, 1]. */
  confidence: number;
  /** Actors named in the about phrase, when it names any besides the relation's two ends. */
  about?: { actors: string[] };
}

/** Where in which document a relation was read, and how sure the extractor is. */
export interface Evidence extends EvidenceRef {
  /** Character offsets (UTF-16 code units, as JavaScript strings count) into the original text; `end` is exclusive. */
  start: number;
  end: number;
  /** The sentence as written: text.slice(start, end). */
  quote: string;
  /** What the relation is about, when the sentence says: the object of the opposition, support or talks. */
  about?: EvidenceAbout;
}

/** The phrase of a sentence that names what a relation is about ("a Turkish role in the ISF"). */
export interface EvidenceAbout {
  /** The phrase as written: text.slice(start, end) of the document. */
  text: string;
  start: number;
  end: number;
  /** Actors named inside the phrase, other than the relation's two ends (ids). */
  actors: string[];
}
