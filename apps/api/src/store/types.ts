import type { Actor, ExtractedRelation, Mention } from '@entente/core';
import type { StorageError } from './storage-error.js';

/** A document as persisted: the article's fields plus when it entered the store. */
export interface StoredDocument {
  id: string;
  /** `documentId(text)`: equal texts have equal content ids, whatever id the document was stored under. */
  contentId: string;
  title?: string;
  source?: string;
  url?: string;
  /** ISO date or date-time the article states. */
  publishedAt?: string;
  /** ISO date-time the document was ingested. */
  ingestedAt: string;
  text: string;
}

/** A document's metadata without its text, for listings. */
export type DocumentSummary = Omit<StoredDocument, 'text'> & {
  /** Insertion order; the documents listing pages over it. */
  seq: number;
};

/** Sentence boundaries only: the sentence text is `text.slice(start, end)` and is not stored twice. */
export interface StoredSentence {
  index: number;
  start: number;
  end: number;
}

/**
 * What the extractor read from a document, kept so that a restart rebuilds the graph without
 * re-extracting (and so that the graph does not silently change when the gazetteer does).
 */
export interface StoredExtraction {
  relations: ExtractedRelation[];
  actors: Actor[];
  mentions: Mention[];
  sentences: StoredSentence[];
}

export interface DocumentRecord {
  document: StoredDocument;
  extraction: StoredExtraction;
}

/**
 * What the graph is built from, of a stored document: its metadata and what was read from it, without
 * the text and the sentence boundaries (a cold start reads every document, and needs neither).
 */
export interface GraphRecord {
  document: Omit<StoredDocument, 'text'>;
  extraction: Omit<StoredExtraction, 'sentences'>;
}

export interface DocumentPage {
  /** At most `first` documents with `seq` greater than `after`, in insertion order. */
  items: DocumentSummary[];
  hasNextPage: boolean;
}

/** What the database held when the store opened it. */
export type StoreOrigin =
  /** Nothing: created and initialised now. */
  | 'created'
  /** A 0-byte SQLite file: initialised now, as a new database. */
  | 'empty-file'
  /** A database. */
  | 'existing';

/**
 * Persistence for documents and their extractions. Implementations must make `put` atomic and durable
 * once its promise resolves. Every method is asynchronous so that a networked database fits behind it;
 * the embedded SQLite store answers at once.
 */
export interface DocumentStore {
  readonly origin: StoreOrigin;
  /** Stores the document and its extraction in one transaction. Returns false (and changes nothing) when the id exists. */
  put(document: StoredDocument, extraction: StoredExtraction): Promise<boolean>;
  /**
   * Stores several documents in one transaction, each on its own: returns, for each record in order,
   * what `put` would (false for an id that exists, including one earlier in the batch), or the error
   * that kept that record out (the others are stored). Throws, storing none, when the transaction as a
   * whole cannot commit.
   */
  putAll(records: readonly DocumentRecord[]): Promise<(boolean | Error)[]>;
  /** Returns false when there was no such document. */
  remove(id: string): Promise<boolean>;
  get(id: string): Promise<StoredDocument | undefined>;
  has(id: string): Promise<boolean>;
  list(page: { first: number; after?: number }): Promise<DocumentPage>;
  /** Every document with what the graph is built from, in insertion order, to rebuild the graph. */
  all(): AsyncIterable<GraphRecord>;
  /**
   * The stored relations of these documents (those still stored), by id, in one query: where the quotes,
   * offsets and about phrases of a graph's evidence are read from when asked for.
   */
  relations(ids: readonly string[]): Promise<Map<string, ExtractedRelation[]>>;
  count(): Promise<number>;
  /** Whether the database takes writes now; the fault when it does not. */
  writeCheck(): Promise<StorageError | undefined>;
  close(): Promise<void>;
  /** Followed feeds and the sources of documents read from the web, in the same database. */
  readonly feeds: FeedStore;
}

/** A feed the server follows, with how its polling goes. */
export interface StoredFeed {
  id: string;
  url: string;
  /** The feed's own title, once read. */
  title?: string;
  addedAt: string;
  lastPolledAt?: string;
  /** The last poll that read the feed (or was told it had not changed). */
  lastSuccessAt?: string;
  /** Why the last poll failed; cleared by a successful one. */
  lastError?: string;
  /** Failed polls in a row: the backoff grows with it. */
  failures: number;
  nextPollAt?: string;
  /** Conditional request validators from the last answer. */
  etag?: string;
  lastModified?: string;
  /** Items seen in the feed, and documents they brought. */
  itemCount: number;
  documentCount: number;
}

/** What one poll changed in a feed's state. */
export interface FeedPollUpdate {
  polledAt: string;
  /** Undefined when the poll succeeded. */
  error?: string;
  failures: number;
  nextPollAt: string;
  title?: string;
  etag?: string;
  lastModified?: string;
}

/** A feed item already handled: recognised by its id in the feed, so it is ingested once. */
export interface FeedItemRecord {
  feedId: string;
  /** The item's guid / Atom id (else its link). */
  itemId: string;
  url?: string;
  /** Hash of the item's entry in the feed: when it is unchanged, the item is not read again. */
  fingerprint: string;
  /** `contentHash` of the article's text, when it was read. */
  contentHash?: string;
  documentId?: string;
  seenAt: string;
}

/** One place a document was published: a page, or a feed's item. A wire story has several. */
export interface DocumentSource {
  documentId: string;
  url: string;
  outlet?: string;
  title?: string;
  publishedAt?: string;
  feedId?: string;
  contentHash: string;
  seenAt: string;
}

/** Persistence for followed feeds, the items they brought, and the sources of documents read from the web. */
export interface FeedStore {
  /** Adds a feed, or returns the one already followed at that URL. */
  addFeed(url: string, addedAt: string): Promise<{ feed: StoredFeed; created: boolean }>;
  /** Stops following a feed; its documents stay. Returns false when there was no such feed. */
  removeFeed(id: string): Promise<boolean>;
  getFeed(id: string): Promise<StoredFeed | undefined>;
  listFeeds(): Promise<StoredFeed[]>;
  recordPoll(id: string, update: FeedPollUpdate): Promise<void>;
  getItem(feedId: string, itemId: string): Promise<FeedItemRecord | undefined>;
  putItem(item: FeedItemRecord): Promise<void>;
  /** Records where a document was published (once per document and URL). */
  addSource(source: DocumentSource): Promise<void>;
  sources(documentId: string): Promise<DocumentSource[]>;
  /**
   * Among the processes sharing this store, whether this one polls the feeds now: with several API
   * replicas on one database, one of them does (else each would fetch every feed, and outlets would see
   * N requests per poll). Leadership passes to another process when the leader stops or loses its
   * connection. Absent: this process is the store's only server, and polls.
   */
  leadPolling?(): Promise<boolean>;
  /** The document whose source has this normalised text hash, or this canonical URL. */
  documentByContentHash(hash: string): Promise<string | undefined>;
  documentByUrl(url: string): Promise<string | undefined>;
}

/** One entry of a store's change log: a document stored or removed, numbered in commit order. */
export interface StoreChange {
  seq: number;
  kind: 'put' | 'remove';
  documentId: string;
}

/**
 * A store that several processes share keeps a log of its changes, so that each process can keep what it
 * holds in memory in step with what the others write.
 */
export interface ChangeLog {
  /** The sequence number of the latest change (0 when there is none). */
  latestChange(): Promise<number>;
  /** Changes after sequence number `after`, oldest first, at most `limit`. */
  changesAfter(after: number, limit: number): Promise<StoreChange[]>;
  /** The stored records of these documents (those still stored), by id. */
  records(ids: readonly string[]): Promise<Map<string, DocumentRecord>>;
  /**
   * Calls `onChange` whenever a change is committed (by any process) and after every (re)connection, when
   * changes may have been missed; `onError` hears of lost connections (it keeps reconnecting). Resolves
   * once it listens; the returned function stops it.
   */
  follow(onChange: () => void, onError: (error: Error) => void): Promise<() => Promise<void>>;
}
