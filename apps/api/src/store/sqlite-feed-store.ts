import type Database from 'better-sqlite3';
import {
  FEED_COLUMNS,
  type FeedRow,
  feedId,
  type TextRow,
  toFeed,
  toFeedItem,
  toSource,
} from './feed-rows.js';
import { asStorageError } from './storage-error.js';
import type { DocumentSource, FeedItemRecord, FeedPollUpdate, FeedStore, StoredFeed } from './types.js';

/**
 * `FeedStore` on the SQLite database of the documents (tables of migration 2), so that a document and
 * the feed item and source that brought it can be read together, and removing a document drops its
 * sources (ON DELETE CASCADE).
 */
export class SqliteFeedStore implements FeedStore {
  readonly #statements: ReturnType<typeof prepare>;

  constructor(db: Database.Database) {
    this.#statements = prepare(db);
  }

  async addFeed(url: string, addedAt: string): Promise<{ feed: StoredFeed; created: boolean }> {
    const id = feedId(url);
    const created = guard(() => this.#statements.insertFeed.run(id, url, addedAt).changes > 0);
    return { feed: (await this.getFeed(id))!, created };
  }

  async removeFeed(id: string): Promise<boolean> {
    return guard(() => this.#statements.removeFeed.run(id).changes > 0);
  }

  async getFeed(id: string): Promise<StoredFeed | undefined> {
    const row = guard(() => this.#statements.getFeed.get(id)) as FeedRow | undefined;
    return row ? toFeed(row) : undefined;
  }

  async listFeeds(): Promise<StoredFeed[]> {
    return (guard(() => this.#statements.listFeeds.all()) as FeedRow[]).map(toFeed);
  }

  async recordPoll(id: string, update: FeedPollUpdate): Promise<void> {
    guard(() =>
      this.#statements.recordPoll.run({
        id,
        polledAt: update.polledAt,
        error: update.error ?? null,
        failures: update.failures,
        nextPollAt: update.nextPollAt,
        title: update.title ?? null,
        etag: update.etag ?? null,
        lastModified: update.lastModified ?? null,
      }),
    );
  }

  async getItem(feedId: string, itemId: string): Promise<FeedItemRecord | undefined> {
    const row = guard(() => this.#statements.getItem.get(feedId, itemId)) as TextRow | undefined;
    return row ? toFeedItem(row) : undefined;
  }

  async putItem(item: FeedItemRecord): Promise<void> {
    guard(() =>
      this.#statements.putItem.run({
        feedId: item.feedId,
        itemId: item.itemId,
        url: item.url ?? null,
        fingerprint: item.fingerprint,
        contentHash: item.contentHash ?? null,
        documentId: item.documentId ?? null,
        seenAt: item.seenAt,
      }),
    );
  }

  async addSource(source: DocumentSource): Promise<void> {
    guard(() =>
      this.#statements.addSource.run({
        documentId: source.documentId,
        url: source.url,
        outlet: source.outlet ?? null,
        title: source.title ?? null,
        publishedAt: source.publishedAt ?? null,
        feedId: source.feedId ?? null,
        contentHash: source.contentHash,
        seenAt: source.seenAt,
      }),
    );
  }

  async sources(documentId: string): Promise<DocumentSource[]> {
    const rows = guard(() => this.#statements.sources.all(documentId)) as TextRow[];
    return rows.map(toSource);
  }

  async documentByContentHash(hash: string): Promise<string | undefined> {
    return guard(() => this.#statements.byHash.get(hash)) as string | undefined;
  }

  async documentByUrl(url: string): Promise<string | undefined> {
    return guard(() => this.#statements.byUrl.get(url, url)) as string | undefined;
  }
}

function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asStorageError(error);
  }
}

function prepare(db: Database.Database) {
  return {
    insertFeed: db.prepare(
      'INSERT INTO feeds (id, url, added_at) VALUES (?, ?, ?) ON CONFLICT(url) DO NOTHING',
    ),
    removeFeed: db.prepare('DELETE FROM feeds WHERE id = ?'),
    getFeed: db.prepare(`SELECT ${FEED_COLUMNS} FROM feeds f WHERE f.id = ?`),
    listFeeds: db.prepare(`SELECT ${FEED_COLUMNS} FROM feeds f ORDER BY f.added_at, f.url`),
    recordPoll: db.prepare(
      `UPDATE feeds SET last_polled_at = @polledAt,
         last_success_at = CASE WHEN @error IS NULL THEN @polledAt ELSE last_success_at END,
         last_error = @error, failures = @failures, next_poll_at = @nextPollAt,
         title = COALESCE(@title, title), etag = COALESCE(@etag, etag),
         last_modified = COALESCE(@lastModified, last_modified)
       WHERE id = @id`,
    ),
    getItem: db.prepare('SELECT * FROM feed_items WHERE feed_id = ? AND item_id = ?'),
    putItem: db.prepare(
      `INSERT INTO feed_items (feed_id, item_id, url, fingerprint, content_hash, document_id, seen_at)
       VALUES (@feedId, @itemId, @url, @fingerprint, @contentHash, @documentId, @seenAt)
       ON CONFLICT(feed_id, item_id) DO UPDATE SET url = excluded.url, fingerprint = excluded.fingerprint,
         content_hash = excluded.content_hash, document_id = excluded.document_id, seen_at = excluded.seen_at`,
    ),
    addSource: db.prepare(
      `INSERT INTO document_sources (document_id, url, outlet, title, published_at, feed_id, content_hash, seen_at)
       VALUES (@documentId, @url, @outlet, @title, @publishedAt, @feedId, @contentHash, @seenAt)
       ON CONFLICT(document_id, url) DO NOTHING`,
    ),
    sources: db.prepare('SELECT * FROM document_sources WHERE document_id = ? ORDER BY seen_at, url'),
    byHash: db.prepare('SELECT document_id FROM document_sources WHERE content_hash = ? LIMIT 1').pluck(),
    byUrl: db
      .prepare(
        `SELECT document_id FROM document_sources WHERE url = ?
         UNION ALL SELECT id FROM documents WHERE url = ? LIMIT 1`,
      )
      .pluck(),
  };
}
