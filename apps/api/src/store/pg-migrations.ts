import { MIGRATIONS } from './migrations.js';

/**
 * PostgreSQL schema migrations, applied in order, those pending in one transaction (PostgreSQL's DDL is
 * transactional), each recording its version in `schema_version`; replicas starting together take turns
 * on an advisory lock, so one applies them and the others find them applied. Append new migrations; never edit one that has shipped.
 */
export const PG_MIGRATIONS: readonly { version: number; description: string; sql: string }[] = [
  {
    version: 1,
    description: 'documents, their extractions, and the change log replicas follow',
    sql: `
      CREATE TABLE documents (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_id TEXT NOT NULL,
        title TEXT,
        source TEXT,
        url TEXT,
        published_at TEXT,
        ingested_at TEXT NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX documents_content_id ON documents (content_id);
      -- JSON kept as text: the store never queries inside it, and text skips jsonb's parse and re-encode.
      CREATE TABLE extractions (
        document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        relations TEXT NOT NULL,
        actors TEXT NOT NULL,
        mentions TEXT NOT NULL,
        sentences TEXT NOT NULL
      );
      -- One row per committed put or remove, numbered in commit order (writers take the change-log lock
      -- before numbering), so that a replica that read up to N has seen every change up to N.
      CREATE TABLE changes (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('put', 'remove')),
        document_id TEXT NOT NULL,
        at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 2,
    description: 'followed feeds, their items, and where documents were published',
    // SQLite's migration 2 is portable SQL: the feed tables are the same on both databases.
    sql: sqliteMigration(2),
  },
];

function sqliteMigration(version: number): string {
  const migration = MIGRATIONS.find((candidate) => candidate.version === version);
  if (!migration) throw new Error(`no SQLite migration ${version}`);
  return migration.sql;
}

export const PG_SCHEMA_VERSION_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
`;

/** Advisory lock keys (pg_advisory_xact_lock takes a bigint); arbitrary but fixed for this schema. */
export const MIGRATION_LOCK = 7_401_101;
export const CHANGE_LOG_LOCK = 7_401_102;
/** Held, for as long as its connection lives, by the one replica that polls the feeds. */
export const FEED_POLL_LOCK = 7_401_103;

/** The channel `NOTIFY` announces new changes on; the payload is the highest change sequence number. */
export const CHANGES_CHANNEL = 'entente_changes';
