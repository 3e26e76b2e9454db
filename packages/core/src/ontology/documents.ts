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

/** Where in which document a relation was read, and how sure the extractor is. */
export interface Evidence {
  document: string;
  /** Zero-based index of the sentence in the document. */
  sentence: number;
  /** Character offsets (UTF-16 code units, as JavaScript strings count) into the original text; `end` is exclusive. */
  start: number;
  end: number;
  /** The sentence as written: text.slice(start, end). */
  quote: string;
  /** ISO date: the date the sentence states, else the publication date; absent when neither is known. */
  date?: string;
  /** In [0, 1]. */
  confidence: number;
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
