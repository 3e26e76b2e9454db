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
];

export const SCHEMA_VERSION_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at TEXT NOT NULL
  );
`;
