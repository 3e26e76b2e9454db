import { createHash } from 'node:crypto';
import type { DocumentSource, FeedItemRecord, StoredFeed } from './types.js';

// Row shapes of the feed tables, and how both stores turn rows into records.

/** A feed's columns with its item and document counts (SQL both databases read alike). */
export const FEED_COLUMNS = `f.*,
  (SELECT COUNT(*) FROM feed_items i WHERE i.feed_id = f.id) AS item_count,
  (SELECT COUNT(DISTINCT i.document_id) FROM feed_items i WHERE i.feed_id = f.id) AS document_count`;

export interface FeedRow {
  id: string;
  url: string;
  title: string | null;
  added_at: string;
  last_polled_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  failures: number;
  next_poll_at: string | null;
  etag: string | null;
  last_modified: string | null;
  /** node-postgres returns a COUNT (a BIGINT) as a string. */
  item_count: number | string;
  document_count: number | string;
}

/** A row of text columns (feed_items, document_sources). */
export type TextRow = Record<string, string | null>;

/** A feed's id follows from its URL, so following the same feed twice is one feed. */
export function feedId(url: string): string {
  return `feed-${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
}

export function toFeed(row: FeedRow): StoredFeed {
  const feed: StoredFeed = {
    id: row.id,
    url: row.url,
    addedAt: row.added_at,
    failures: row.failures,
    itemCount: Number(row.item_count),
    documentCount: Number(row.document_count),
  };
  if (row.title !== null) feed.title = row.title;
  if (row.last_polled_at !== null) feed.lastPolledAt = row.last_polled_at;
  if (row.last_success_at !== null) feed.lastSuccessAt = row.last_success_at;
  if (row.last_error !== null) feed.lastError = row.last_error;
  if (row.next_poll_at !== null) feed.nextPollAt = row.next_poll_at;
  if (row.etag !== null) feed.etag = row.etag;
  if (row.last_modified !== null) feed.lastModified = row.last_modified;
  return feed;
}

export function toFeedItem(row: TextRow): FeedItemRecord {
  const item: FeedItemRecord = {
    feedId: row.feed_id!,
    itemId: row.item_id!,
    fingerprint: row.fingerprint!,
    seenAt: row.seen_at!,
  };
  if (row.url) item.url = row.url;
  if (row.content_hash) item.contentHash = row.content_hash;
  if (row.document_id) item.documentId = row.document_id;
  return item;
}

export function toSource(row: TextRow): DocumentSource {
  const source: DocumentSource = {
    documentId: row.document_id!,
    url: row.url!,
    contentHash: row.content_hash!,
    seenAt: row.seen_at!,
  };
  if (row.outlet) source.outlet = row.outlet;
  if (row.title) source.title = row.title;
  if (row.published_at) source.publishedAt = row.published_at;
  if (row.feed_id) source.feedId = row.feed_id;
  return source;
}
