import type { ExtractedRelation } from '@entente/core';
import pg from 'pg';
import { PgFeedStore } from './pg-feed-store.js';
import { followChannel } from './pg-listener.js';
import {
  CHANGE_LOG_LOCK,
  CHANGES_CHANNEL,
  MIGRATION_LOCK,
  PG_MIGRATIONS,
  PG_SCHEMA_VERSION_TABLE,
} from './pg-migrations.js';
import { putOne } from './put-one.js';
import {
  type DocumentRow,
  type GraphRecordRow,
  type RecordRow,
  type RelationsRow,
  SUMMARY_COLUMNS,
  toGraphRecord,
  toRecord,
  toRelations,
  toSummary,
} from './rows.js';
import { asStorageError, StorageError } from './storage-error.js';
import type {
  ChangeLog,
  DocumentPage,
  DocumentRecord,
  DocumentStore,
  GraphRecord,
  StoreChange,
  StoredDocument,
  StoredExtraction,
  StoreOrigin,
} from './types.js';

export interface PgStoreOptions {
  /** Connections the store may open at once. Default 10. */
  poolSize?: number;
  /** Shown in pg_stat_activity, to tell replicas and workers apart. Default "entente". */
  applicationName?: string;
}

/** Rows read per query when `all` walks the store. */
const ALL_PAGE_SIZE = 500;

const SUMMARY_OF_D = `d.${SUMMARY_COLUMNS.split(', ').join(', d.')}`;
const RECORD_COLUMNS = `${SUMMARY_OF_D}, d.text, e.relations, e.actors, e.mentions, e.sentences`;
/** What a cold start reads: no text, no sentence boundaries. */
const GRAPH_COLUMNS = `${SUMMARY_OF_D}, e.relations, e.actors, e.mentions`;

/**
 * `DocumentStore` on PostgreSQL (chosen with `DATABASE_URL=postgres://…`). Each `putAll` is one
 * transaction with a savepoint per record, so a crash leaves a document with all its relations or nothing,
 * and a record that fails is rolled back alone; PostgreSQL's commit is durable (fsync on, by default).
 * Every put and remove also appends to the change log in the same transaction and notifies
 * `entente_changes`, which other API processes follow to keep their graphs in step.
 * Server and network failures surface as StorageError.
 */
export class PgDocumentStore implements DocumentStore, ChangeLog {
  #writeFault: StorageError | undefined;
  #closed = false;
  /** Followed feeds and document sources, in the same database. */
  readonly feeds: PgFeedStore;

  private constructor(
    readonly origin: StoreOrigin,
    /** The pool, for the store's own queries and for followers of the change log. */
    readonly pool: pg.Pool,
    readonly url: string,
  ) {
    this.feeds = new PgFeedStore(pool);
  }

  /** Connects to the database at `url` and brings its schema up to date. */
  static async open(url: string, options: PgStoreOptions = {}): Promise<PgDocumentStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'entente',
      connectionTimeoutMillis: 10_000,
    });
    // An idle connection that the server drops must not crash the process: the next query reconnects.
    pool.on('error', () => {});
    try {
      const origin = await migrate(pool);
      return new PgDocumentStore(origin, pool, url);
    } catch (error) {
      await pool.end().catch(() => {});
      const fault = asStorageError(error);
      if (fault instanceof StorageError)
        throw new StorageError(fault.reason, `${redact(url)}: ${fault.message}`, { cause: error });
      throw error;
    }
  }

  async put(document: StoredDocument, extraction: StoredExtraction): Promise<boolean> {
    return putOne(this, document, extraction);
  }

  async putAll(records: readonly DocumentRecord[]): Promise<(boolean | Error)[]> {
    return this.#write(async (client) => {
      const outcomes: (boolean | Error)[] = [];
      const stored: string[] = [];
      for (const record of records) {
        let params: unknown[];
        try {
          params = insertParams(record);
        } catch (error) {
          // Encoding failed before anything reached the server: nothing to roll back.
          outcomes.push(error instanceof Error ? error : new Error(String(error)));
          continue;
        }
        await client.query('SAVEPOINT record');
        try {
          const { rowCount } = await client.query(INSERT_RECORD, params);
          await client.query('RELEASE SAVEPOINT record');
          outcomes.push(rowCount === 1);
          if (rowCount === 1) stored.push(record.document.id);
        } catch (error) {
          const outcome = asStorageError(error);
          if (outcome instanceof StorageError) throw outcome;
          await client.query('ROLLBACK TO SAVEPOINT record');
          outcomes.push(outcome instanceof Error ? outcome : new Error(String(outcome)));
        }
      }
      if (stored.length > 0) await logChanges(client, 'put', stored);
      return outcomes;
    });
  }

  async remove(id: string): Promise<boolean> {
    return this.#write(async (client) => {
      // The extraction goes with it through ON DELETE CASCADE.
      const { rowCount } = await client.query('DELETE FROM documents WHERE id = $1', [id]);
      if (rowCount === 0) return false;
      await logChanges(client, 'remove', [id]);
      return true;
    });
  }

  async writeCheck(): Promise<StorageError | undefined> {
    if (this.#writeFault) return this.#writeFault;
    try {
      const { rows } = await this.pool.query<{ recovery: boolean; read_only: string }>(
        "SELECT pg_is_in_recovery() AS recovery, current_setting('transaction_read_only') AS read_only",
      );
      const row = rows[0];
      if (row?.recovery || row?.read_only === 'on')
        return new StorageError(
          'read-only',
          'The database is read-only (a standby, or read-only by default).',
        );
      return undefined;
    } catch (error) {
      const fault = asStorageError(error);
      return fault instanceof StorageError ? fault : new StorageError('io', String(error));
    }
  }

  async get(id: string): Promise<StoredDocument | undefined> {
    const rows = await this.#read<DocumentRow>(
      `SELECT ${SUMMARY_COLUMNS}, text FROM documents WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    if (!row) return undefined;
    const { seq: _seq, ...document } = toSummary(row);
    return { ...document, text: row.text ?? '' };
  }

  async has(id: string): Promise<boolean> {
    return (await this.#read('SELECT 1 FROM documents WHERE id = $1', [id])).length > 0;
  }

  async list(page: { first: number; after?: number }): Promise<DocumentPage> {
    // One row more than asked tells whether another page follows without a second query.
    const rows = await this.#read<DocumentRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM documents WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [page.after ?? 0, page.first + 1],
    );
    return { items: rows.slice(0, page.first).map(toSummary), hasNextPage: rows.length > page.first };
  }

  async *all(): AsyncIterable<GraphRecord> {
    // Keyset pages: no cursor or transaction stays open while the consumer works on a page.
    let after = '0';
    for (;;) {
      const rows = await this.#read<GraphRecordRow>(
        `SELECT ${GRAPH_COLUMNS} FROM documents d JOIN extractions e ON e.document_id = d.id
         WHERE d.seq > $1 ORDER BY d.seq LIMIT $2`,
        [after, ALL_PAGE_SIZE],
      );
      for (const row of rows) yield toGraphRecord(row);
      if (rows.length < ALL_PAGE_SIZE) return;
      after = String(rows.at(-1)!.seq);
    }
  }

  async records(ids: readonly string[]): Promise<Map<string, DocumentRecord>> {
    const rows = await this.#read<RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM documents d JOIN extractions e ON e.document_id = d.id
       WHERE d.id = ANY($1) ORDER BY d.seq`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, toRecord(row)]));
  }

  async relations(ids: readonly string[]): Promise<Map<string, ExtractedRelation[]>> {
    return toRelations(
      await this.#read<RelationsRow>(
        'SELECT document_id, relations FROM extractions WHERE document_id = ANY($1)',
        [ids],
      ),
    );
  }

  async count(): Promise<number> {
    const rows = await this.#read<{ count: string }>('SELECT COUNT(*) AS count FROM documents');
    return Number(rows[0]?.count ?? 0);
  }

  async latestChange(): Promise<number> {
    const rows = await this.#read<{ seq: string | null }>('SELECT MAX(seq) AS seq FROM changes');
    return Number(rows[0]?.seq ?? 0);
  }

  async changesAfter(after: number, limit: number): Promise<StoreChange[]> {
    const rows = await this.#read<{ seq: string; kind: 'put' | 'remove'; document_id: string }>(
      'SELECT seq, kind, document_id FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2',
      [after, limit],
    );
    return rows.map((row) => ({ seq: Number(row.seq), kind: row.kind, documentId: row.document_id }));
  }

  follow(onChange: () => void, onError: (error: Error) => void): Promise<() => Promise<void>> {
    return followChannel(this.url, CHANGES_CHANNEL, onChange, onError);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.feeds.close();
    await this.pool.end();
  }

  /** Runs `work` in one transaction, remembering a storage fault (for writeCheck) until a write succeeds. */
  async #write<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient | undefined;
    try {
      client = await this.pool.connect();
      await client.query('BEGIN');
      let result: T;
      try {
        result = await work(client);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
      this.#writeFault = undefined;
      return result;
    } catch (error) {
      const fault = asStorageError(error);
      if (fault instanceof StorageError) this.#writeFault = fault;
      throw fault;
    } finally {
      client?.release();
    }
  }

  async #read<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      return (await this.pool.query<R>(sql, params)).rows;
    } catch (error) {
      throw asStorageError(error);
    }
  }
}

/** Inserts the document and its extraction in one statement; nothing (0 rows) when the id exists. */
const INSERT_RECORD = `
  WITH document AS (
    INSERT INTO documents (id, content_id, title, source, url, published_at, ingested_at, text)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
    ON CONFLICT (id) DO NOTHING
    RETURNING id
  )
  INSERT INTO extractions (document_id, relations, actors, mentions, sentences)
  SELECT id, $9, $10, $11, $12 FROM document`;

function insertParams({ document, extraction }: DocumentRecord): unknown[] {
  return [
    document.id,
    document.contentId,
    document.title ?? null,
    document.source ?? null,
    document.url ?? null,
    document.publishedAt ?? null,
    document.ingestedAt,
    document.text,
    JSON.stringify(extraction.relations),
    JSON.stringify(extraction.actors),
    JSON.stringify(extraction.mentions),
    JSON.stringify(extraction.sentences),
  ];
}

/**
 * Appends the changes to the log and announces them, at the end of the writing transaction. The lock,
 * held until commit, makes sequence numbers follow commit order: without it a transaction could take
 * number 5 and commit before another that took 4, and a replica that read 5 would never read 4.
 */
async function logChanges(client: pg.PoolClient, kind: StoreChange['kind'], ids: string[]) {
  await client.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_LOG_LOCK]);
  const { rows } = await client.query<{ seq: string }>(
    'INSERT INTO changes (kind, document_id) SELECT $1, unnest($2::text[]) RETURNING seq',
    [kind, ids],
  );
  // Delivered on commit only, to every listening session.
  await client.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, rows.at(-1)?.seq ?? '0']);
}

/** Applies the migrations the database has not seen, one transaction each, under the migration lock. */
async function migrate(pool: pg.Pool): Promise<StoreOrigin> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(PG_SCHEMA_VERSION_TABLE);
      const { rows } = await client.query<{ version: number | null }>(
        'SELECT MAX(version) AS version FROM schema_version',
      );
      const current = rows[0]?.version ?? 0;
      const latest = PG_MIGRATIONS.at(-1)?.version ?? 0;
      if (current > latest) {
        throw new Error(
          `The database schema (version ${current}) is newer than this build understands (${latest}); upgrade Entente.`,
        );
      }
      for (const migration of PG_MIGRATIONS) {
        if (migration.version <= current) continue;
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_version (version, description) VALUES ($1, $2)', [
          migration.version,
          migration.description,
        ]);
      }
      await client.query('COMMIT');
      return current === 0 ? 'created' : 'existing';
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  } finally {
    client.release();
  }
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the database';
  }
}
