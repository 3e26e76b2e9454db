/**
 * Schema migrations, applied in order. Each runs once, inside a transaction, and records its version in
 * `schema_version`, so a database written by an older build is brought up to date on open.
 * Append new migrations; never edit one that has shipped.
 */
export const MIGRATIONS: readonly { version: number; description: string; sql: string }[] = [
  {
    version: 1,
    description: 'documents and their extractions',
    sql: `
      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        content_id TEXT NOT NULL,
        title TEXT,
        source TEXT,
        url TEXT,
        published_at TEXT,
        ingested_at TEXT NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX documents_content_id ON documents(content_id);
      CREATE TABLE extractions (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        relations TEXT NOT NULL,
        actors TEXT NOT NULL,
        mentions TEXT NOT NULL,
        sentences TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: 'followed feeds, their items, and where documents were published',
    sql: `
      CREATE TABLE feeds (
        id TEXT PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT,
        added_at TEXT NOT NULL,
        last_polled_at TEXT,
        last_success_at TEXT,
        last_error TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        next_poll_at TEXT,
        etag TEXT,
        last_modified TEXT
      );
      CREATE TABLE feed_items (
        feed_id TEXT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        url TEXT,
        fingerprint TEXT NOT NULL,
        content_hash TEXT,
        document_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed_id, item_id)
      );
      CREATE TABLE document_sources (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        outlet TEXT,
        title TEXT,
        published_at TEXT,
        feed_id TEXT REFERENCES feeds(id) ON DELETE SET NULL,
        content_hash TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (document_id, url)
      );
      CREATE INDEX document_sources_hash ON document_sources(content_hash);
      CREATE INDEX document_sources_url ON document_sources(url);
      CREATE INDEX documents_url ON documents(url);
    `,
  },
];

export const SCHEMA_VERSION_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at TEXT NOT NULL
  );
`;
