export { SqliteDocumentStore, type StoreOptions, type StoreOrigin } from './sqlite-store.js';
export { StorageError, type StorageFaultReason } from './storage-error.js';
export type * from './types.js';
