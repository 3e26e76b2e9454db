export { isPostgresUrl, openStore } from './open.js';
export { PgDocumentStore, type PgStoreOptions } from './pg-store.js';
export { SqliteDocumentStore, type StoreOptions } from './sqlite-store.js';
export { StorageError, type StorageFaultReason } from './storage-error.js';
export type * from './types.js';
