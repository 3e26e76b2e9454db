import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION_TABLE } from './migrations.js';
import type {
  DocumentPage,
  DocumentRecord,
  DocumentStore,
  DocumentSummary,
  StoredDocument,
  StoredExtraction,
} from './types.js';

interface DocumentRow {
  seq: number;
  id: string;
  content_id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published_at: string | null;
  ingested_at: string;
  text?: string;
}

interface RecordRow extends DocumentRow {
  text: string;
  relations: string;
  actors: string;
  mentions: string;
  sentences: string;
}

const SUMMARY_COLUMNS = 'seq, id, content_id, title, source, url, published_at, ingested_at';

/**
 * `DocumentStore` on SQLite. WAL journaling with `synchronous = FULL` makes every committed ingest
 * durable; each `put` is one transaction, so a crash leaves a document with all its relations or nothing.
 */
export class SqliteDocumentStore implements DocumentStore {
  private readonly db: Database.Database;
  private readonly statements: Statements;

  /** Opens (creating directories and the file when needed) and migrates the database at `path`. */
  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    this.statements = prepareStatements(this.db);
  }

  put(document: StoredDocument, extraction: StoredExtraction): boolean {
    return this.putAll([{ document, extraction }])[0] ?? false;
  }

  putAll(records: readonly DocumentRecord[]): boolean[] {
    // One transaction, so one WAL sync for the whole batch: with synchronous = FULL that sync is most of
    // the cost of an ingest, and a batch is still all durable (or all absent) when this returns.
    return this.db.transaction(() => records.map((record) => this.insert(record)))();
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

  remove(id: string): boolean {
    // The extraction goes with it through ON DELETE CASCADE, in the same implicit transaction.
    return this.statements.remove.run(id).changes > 0;
  }

  get(id: string): StoredDocument | undefined {
    const row = this.statements.get.get(id) as DocumentRow | undefined;
    if (!row) return undefined;
    const { seq: _seq, ...document } = toSummary(row);
    return { ...document, text: row.text ?? '' };
  }

  has(id: string): boolean {
    return this.statements.has.get(id) !== undefined;
  }

  list(page: { first: number; after?: number }): DocumentPage {
    // One row more than asked tells whether another page follows without a second query.
    const rows = this.statements.list.all(page.after ?? 0, page.first + 1) as DocumentRow[];
    return { items: rows.slice(0, page.first).map(toSummary), hasNextPage: rows.length > page.first };
  }

  *all(): Iterable<DocumentRecord> {
    for (const row of this.statements.all.iterate() as IterableIterator<RecordRow>) {
      const { seq: _seq, ...summary } = toSummary(row);
      yield {
        document: { ...summary, text: row.text },
        extraction: {
          relations: JSON.parse(row.relations),
          actors: JSON.parse(row.actors),
          mentions: JSON.parse(row.mentions),
          sentences: JSON.parse(row.sentences),
        },
      };
    }
  }

  count(): number {
    return this.statements.count.get() as number;
  }

  close(): void {
    if (this.db.open) this.db.close();
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
    all: db.prepare(
      `SELECT ${SUMMARY_COLUMNS}, d.text, e.relations, e.actors, e.mentions, e.sentences
       FROM documents d JOIN extractions e ON e.document_id = d.id ORDER BY d.seq`,
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

function toSummary(row: DocumentRow): DocumentSummary {
  const summary: DocumentSummary = {
    seq: row.seq,
    id: row.id,
    contentId: row.content_id,
    ingestedAt: row.ingested_at,
  };
  if (row.title !== null) summary.title = row.title;
  if (row.source !== null) summary.source = row.source;
  if (row.url !== null) summary.url = row.url;
  if (row.published_at !== null) summary.publishedAt = row.published_at;
  return summary;
}
