import pg from 'pg';
import {
  FEED_COLUMNS,
  type FeedRow,
  feedId,
  type TextRow,
  toFeed,
  toFeedItem,
  toSource,
} from './feed-rows.js';
import { FEED_POLL_LOCK } from './pg-migrations.js';
import { asStorageError } from './storage-error.js';
import type { DocumentSource, FeedItemRecord, FeedPollUpdate, FeedStore, StoredFeed } from './types.js';

/**
 * `FeedStore` on the PostgreSQL database of the documents (tables of migration 2), so that every replica
 * sees the same feeds, items and sources, and removing a document drops its sources (ON DELETE CASCADE).
 * Each call is one statement, so one transaction.
 */
export class PgFeedStore implements FeedStore {
  readonly #pool: pg.Pool;
  /**
   * The connection that holds (or tries for) the feed-polling lock: a session lock lives as long as its
   * connection, so it is a connection of its own, not one the pool lends out and takes back.
   */
  #lease: pg.Client | undefined;
  #leading = false;
  #closed = false;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  /**
   * Takes the feed-polling lock when no other replica holds it (PostgreSQL releases it when its holder's
   * connection ends: a replica stopped, killed or cut off), and says whether this replica holds it.
   * A lost connection only means not leading until the next call reconnects.
   */
  async leadPolling(): Promise<boolean> {
    if (this.#closed) return false;
    try {
      if (!this.#lease) {
        const lease = new pg.Client({ ...this.#pool.options, application_name: 'entente-feed-poller' });
        // Either event means the session, and the lock with it, is gone.
        lease.on('error', () => this.#dropLease(lease));
        lease.on('end', () => this.#dropLease(lease));
        try {
          await lease.connect();
        } catch (error) {
          lease.end().catch(() => {});
          throw error;
        }
        // Closed while connecting: the connection must not outlive the store.
        if (this.#closed) {
          await lease.end().catch(() => {});
          return false;
        }
        this.#lease = lease;
      }
      // Leading: a round trip proves the connection, and with it the lock, is still there.
      const { rows } = await this.#lease.query<{ held: boolean }>(
        this.#leading ? 'SELECT true AS held' : 'SELECT pg_try_advisory_lock($1) AS held',
        this.#leading ? [] : [FEED_POLL_LOCK],
      );
      this.#leading = rows[0]?.held === true;
    } catch {
      // Not leading until a later call gets a connection and the lock.
      if (this.#lease) this.#dropLease(this.#lease);
    }
    return this.#leading;
  }

  /** Gives the feed-polling lock up (if held), for another replica to take. */
  async close(): Promise<void> {
    this.#closed = true;
    const lease = this.#lease;
    this.#lease = undefined;
    this.#leading = false;
    await lease?.end().catch(() => {});
  }

  #dropLease(lease: pg.Client): void {
    if (this.#lease !== lease) return;
    this.#lease = undefined;
    this.#leading = false;
    lease.end().catch(() => {});
  }

  async addFeed(url: string, addedAt: string): Promise<{ feed: StoredFeed; created: boolean }> {
    const id = feedId(url);
    const inserted = await this.#run(
      'INSERT INTO feeds (id, url, added_at) VALUES ($1, $2, $3) ON CONFLICT (url) DO NOTHING',
      [id, url, addedAt],
    );
    return { feed: (await this.getFeed(id))!, created: inserted.rowCount === 1 };
  }

  async removeFeed(id: string): Promise<boolean> {
    return (await this.#run('DELETE FROM feeds WHERE id = $1', [id])).rowCount === 1;
  }

  async getFeed(id: string): Promise<StoredFeed | undefined> {
    const { rows } = await this.#run<FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds f WHERE f.id = $1`, [id]);
    return rows[0] ? toFeed(rows[0]) : undefined;
  }

  async listFeeds(): Promise<StoredFeed[]> {
    const { rows } = await this.#run<FeedRow>(
      `SELECT ${FEED_COLUMNS} FROM feeds f ORDER BY f.added_at, f.url`,
    );
    return rows.map(toFeed);
  }

  async recordPoll(id: string, update: FeedPollUpdate): Promise<void> {
    await this.#run(
      `UPDATE feeds SET last_polled_at = $2,
         last_success_at = CASE WHEN $3::text IS NULL THEN $2 ELSE last_success_at END,
         last_error = $3, failures = $4, next_poll_at = $5,
         title = COALESCE($6, title), etag = COALESCE($7, etag), last_modified = COALESCE($8, last_modified)
       WHERE id = $1`,
      [
        id,
        update.polledAt,
        update.error ?? null,
        update.failures,
        update.nextPollAt,
        update.title ?? null,
        update.etag ?? null,
        update.lastModified ?? null,
      ],
    );
  }

  async getItem(feedId: string, itemId: string): Promise<FeedItemRecord | undefined> {
    const { rows } = await this.#run<TextRow>(
      'SELECT * FROM feed_items WHERE feed_id = $1 AND item_id = $2',
      [feedId, itemId],
    );
    return rows[0] ? toFeedItem(rows[0]) : undefined;
  }

  async putItem(item: FeedItemRecord): Promise<void> {
    await this.#run(
      `INSERT INTO feed_items (feed_id, item_id, url, fingerprint, content_hash, document_id, seen_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (feed_id, item_id) DO UPDATE SET url = excluded.url, fingerprint = excluded.fingerprint,
         content_hash = excluded.content_hash, document_id = excluded.document_id, seen_at = excluded.seen_at`,
      [
        item.feedId,
        item.itemId,
        item.url ?? null,
        item.fingerprint,
        item.contentHash ?? null,
        item.documentId ?? null,
        item.seenAt,
      ],
    );
  }

  async addSource(source: DocumentSource): Promise<void> {
    await this.#run(
      `INSERT INTO document_sources (document_id, url, outlet, title, published_at, feed_id, content_hash, seen_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (document_id, url) DO NOTHING`,
      [
        source.documentId,
        source.url,
        source.outlet ?? null,
        source.title ?? null,
        source.publishedAt ?? null,
        source.feedId ?? null,
        source.contentHash,
        source.seenAt,
      ],
    );
  }

  async sources(documentId: string): Promise<DocumentSource[]> {
    const { rows } = await this.#run<TextRow>(
      'SELECT * FROM document_sources WHERE document_id = $1 ORDER BY seen_at, url',
      [documentId],
    );
    return rows.map(toSource);
  }

  async documentByContentHash(hash: string): Promise<string | undefined> {
    const { rows } = await this.#run<{ document_id: string }>(
      'SELECT document_id FROM document_sources WHERE content_hash = $1 LIMIT 1',
      [hash],
    );
    return rows[0]?.document_id;
  }

  async documentByUrl(url: string): Promise<string | undefined> {
    const { rows } = await this.#run<{ document_id: string }>(
      `SELECT document_id FROM document_sources WHERE url = $1
       UNION ALL SELECT id FROM documents WHERE url = $1 LIMIT 1`,
      [url],
    );
    return rows[0]?.document_id;
  }

  async #run<R extends pg.QueryResultRow = pg.QueryResultRow>(
    sql: string,
    params: unknown[] = [],
  ): Promise<pg.QueryResult<R>> {
    try {
      return await this.#pool.query<R>(sql, params);
    } catch (error) {
      throw asStorageError(error);
    }
  }
}
