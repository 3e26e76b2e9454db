import { PgDocumentStore, type PgStoreOptions } from './pg-store.js';
import { SqliteDocumentStore, type StoreOptions } from './sqlite-store.js';
import type { DocumentStore } from './types.js';

/** Whether `location` names a PostgreSQL database (a `postgres://` or `postgresql://` URL) rather than a file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens the store `location` names: a PostgreSQL URL, or else an SQLite file path (the embedded default).
 * The size limit applies to SQLite only; a PostgreSQL server has its own.
 */
export async function openStore(
  location: string,
  options: StoreOptions & PgStoreOptions = {},
): Promise<DocumentStore> {
  if (isPostgresUrl(location)) return PgDocumentStore.open(location, options);
  return new SqliteDocumentStore(location, options);
}
