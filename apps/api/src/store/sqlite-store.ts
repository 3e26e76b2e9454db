import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ExtractedRelation } from '@entente/core';
import Database from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION_TABLE } from './migrations.js';
import { putOne } from './put-one.js';
import {
  type DocumentRow,
  type GraphRecordRow,
  type RelationsRow,
  SUMMARY_COLUMNS,
  toGraphRecord,
  toRelations,
  toSummary,
} from './rows.js';
import { SqliteFeedStore } from './sqlite-feed-store.js';
import { asStorageError, StorageError } from './storage-error.js';
import type {
  DocumentPage,
  DocumentRecord,
  DocumentStore,
  GraphRecord,
  StoredDocument,
  StoredExtraction,
  StoreOrigin,
} from './types.js';

export interface StoreOptions {
  /** Largest size the database may grow to, in bytes; writes past it fail with StorageError 'full'. */
  maxBytes?: number;
}

/**
 * `DocumentStore` on SQLite. WAL journaling with `synchronous = FULL` makes every committed ingest
 * durable; each `put` is one transaction, so a crash leaves a document with all its relations or nothing.
 * SQLite failures that are not the request's fault (read-only, full, corrupt, disk) surface as StorageError.
 */
export class SqliteDocumentStore implements DocumentStore {
  readonly origin: StoreOrigin;
  /** Feeds, their items and documents' sources, in the same database. */
  readonly feeds: SqliteFeedStore;
  private readonly db: Database.Database;
  private readonly statements: Statements;
  /** The storage fault of the last write, until a write succeeds again. */
  private writeFault: StorageError | undefined;

  /** Opens (creating directories and the file when needed) and migrates the database at `path`. */
  constructor(path: string, options: StoreOptions = {}) {
    this.origin = originOf(path);
    let db: Database.Database | undefined;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      if (options.maxBytes !== undefined) {
        const pageSize = db.pragma('page_size', { simple: true }) as number;
        db.pragma(`max_page_count = ${Math.max(1, Math.floor(options.maxBytes / pageSize))}`);
      }
      migrate(db);
      this.statements = prepareStatements(db);
      this.feeds = new SqliteFeedStore(db);
      this.db = db;
    } catch (error) {
      if (db?.open) db.close();
      const fault = asStorageError(error);
      if (fault instanceof StorageError) throw new StorageError(fault.reason, `${path}: ${fault.message}`);
      throw error;
    }
  }

  async put(document: StoredDocument, extraction: StoredExtraction): Promise<boolean> {
    return putOne(this, document, extraction);
  }

  async putAll(records: readonly DocumentRecord[]): Promise<(boolean | Error)[]> {
    // One transaction, so one WAL sync for the whole batch: with synchronous = FULL that sync is most of
    // the cost of an ingest. Each record is inserted in a savepoint (better-sqlite3 nests transactions
    // that way), so a record that fails is rolled back alone and its batch-mates still commit. A storage
    // fault is not the record's own: SQLite may already have rolled the whole transaction back (it does
    // on SQLITE_FULL), and the next record would fail the same way, so it fails the batch.
    const insertOne = this.db.transaction((record: DocumentRecord) => this.insert(record));
    return this.write(() =>
      this.db.transaction(() =>
        records.map((record) => {
          try {
            return insertOne(record);
          } catch (error) {
            const outcome = asStorageError(error);
            if (outcome instanceof StorageError) throw outcome;
            return outcome instanceof Error ? outcome : new Error(String(outcome));
          }
        }),
      )(),
    );
  }

  private insert({ document, extraction }: DocumentRecord): boolean {
    const inserted = this.statements.insertDocument.run({
      id: document.id,
      contentId: document.contentId,
      title: document.title ?? null,
      source: document.source ?? null,
      url: document.url ?? null,
      publishedAt: document.publishedAt ?? null,
      ingestedAt: document.ingestedAt,
      text: document.text,
    });
    if (inserted.changes === 0) return false;
    this.statements.insertExtraction.run(
      document.id,
      JSON.stringify(extraction.relations),
      JSON.stringify(extraction.actors),
      JSON.stringify(extraction.mentions),
      JSON.stringify(extraction.sentences),
    );
    return true;
  }

  async remove(id: string): Promise<boolean> {
    // The extraction goes with it through ON DELETE CASCADE, in the same implicit transaction.
    return this.write(() => this.statements.remove.run(id).changes > 0);
  }

  /**
   * Whether the database takes writes now: the last write did not fail for a storage fault, and a write
   * transaction can be opened and a header field rewritten (then rolled back, so nothing reaches the disk).
   * Returns the fault when it does not.
   */
  async writeCheck(): Promise<StorageError | undefined> {
    if (this.writeFault) return this.writeFault;
    // A health check must not wait out the busy timeout behind another process's write: busy is not a fault.
    const busyTimeout = this.db.pragma('busy_timeout', { simple: true }) as number;
    this.db.pragma('busy_timeout = 0');
    try {
      this.db
        .transaction(() => {
          const version = this.db.pragma('user_version', { simple: true }) as number;
          this.db.pragma(`user_version = ${version}`);
          throw ROLLBACK;
        })
        .immediate();
    } catch (error) {
      if (error === ROLLBACK || isBusy(error)) return undefined;
      const fault = asStorageError(error);
      return fault instanceof StorageError ? fault : new StorageError('io', String(error));
    } finally {
      this.db.pragma(`busy_timeout = ${busyTimeout}`);
    }
    return undefined;
  }

  async get(id: string): Promise<StoredDocument | undefined> {
    const row = this.read(() => this.statements.get.get(id)) as DocumentRow | undefined;
    if (!row) return undefined;
    const { seq: _seq, ...document } = toSummary(row);
    return { ...document, text: row.text ?? '' };
  }

  async has(id: string): Promise<boolean> {
    return this.statements.has.get(id) !== undefined;
  }

  async list(page: { first: number; after?: number }): Promise<DocumentPage> {
    // One row more than asked tells whether another page follows without a second query.
    const rows = this.read(() => this.statements.list.all(page.after ?? 0, page.first + 1)) as DocumentRow[];
    return { items: rows.slice(0, page.first).map(toSummary), hasNextPage: rows.length > page.first };
  }

  async *all(): AsyncIterable<GraphRecord> {
    // Page by page, so that no statement stays open (and the connection busy) across the consumer's awaits.
    let after = 0;
    for (;;) {
      const rows = this.read(() => this.statements.allPage.all(after, ALL_PAGE_SIZE)) as GraphRecordRow[];
      for (const row of rows) yield toGraphRecord(row);
      if (rows.length < ALL_PAGE_SIZE) return;
      after = Number(rows.at(-1)!.seq);
    }
  }

  async relations(ids: readonly string[]): Promise<Map<string, ExtractedRelation[]>> {
    // The ids travel as one JSON array parameter, so any number of them is one prepared statement.
    return toRelations(this.read(() => this.statements.relations.all(JSON.stringify(ids))) as RelationsRow[]);
  }

  async count(): Promise<number> {
    return this.statements.count.get() as number;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** Runs a write, remembering a storage fault (for writeCheck) until a write succeeds again. */
  private write<T>(run: () => T): T {
    try {
      const result = run();
      this.writeFault = undefined;
      return result;
    } catch (error) {
      const fault = asStorageError(error);
      if (fault instanceof StorageError) this.writeFault = fault;
      throw fault;
    }
  }

  private read<T>(run: () => T): T {
    try {
      return run();
    } catch (error) {
      throw asStorageError(error);
    }
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** Thrown inside the write probe's transaction so that better-sqlite3 rolls it back. */
const ROLLBACK = Symbol('rollback');

function originOf(path: string): StoreOrigin {
  if (path === ':memory:') return 'created';
  try {
    return statSync(path).size === 0 ? 'empty-file' : 'existing';
  } catch {
    return 'created';
  }
}

type Statements = ReturnType<typeof prepareStatements>;

function prepareStatements(db: Database.Database) {
  return {
    insertDocument: db.prepare(
      `INSERT INTO documents (id, content_id, title, source, url, published_at, ingested_at, text)
       VALUES (@id, @contentId, @title, @source, @url, @publishedAt, @ingestedAt, @text)
       ON CONFLICT(id) DO NOTHING`,
    ),
    insertExtraction: db.prepare(
      `INSERT INTO extractions (document_id, relations, actors, mentions, sentences)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    remove: db.prepare('DELETE FROM documents WHERE id = ?'),
    get: db.prepare(`SELECT ${SUMMARY_COLUMNS}, text FROM documents WHERE id = ?`),
    has: db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck(),
    list: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents WHERE seq > ? ORDER BY seq LIMIT ?`),
    allPage: db.prepare(
      `SELECT ${SUMMARY_COLUMNS}, e.relations, e.actors, e.mentions
       FROM documents d JOIN extractions e ON e.document_id = d.id WHERE d.seq > ? ORDER BY d.seq LIMIT ?`,
    ),
    relations: db.prepare(
      'SELECT document_id, relations FROM extractions WHERE document_id IN (SELECT value FROM json_each(?))',
    ),
    count: db.prepare('SELECT COUNT(*) FROM documents').pluck(),
  };
}

/** Applies the migrations the database has not seen yet, each in its own transaction. */
function migrate(db: Database.Database): void {
  db.exec(SCHEMA_VERSION_TABLE);
  const current = (db.prepare('SELECT MAX(version) FROM schema_version').pluck().get() as number | null) ?? 0;
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(
      `The database schema (version ${current}) is newer than this build understands (${latest}); upgrade Entente.`,
    );
  }
  const record = db.prepare('INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)');
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.description, new Date().toISOString());
    })();
  }
}

/** Rows read per query when `all` walks the store. */
const ALL_PAGE_SIZE = 500;
