// Public API of @entente/api: start the server, or reuse its parts (store, service) in other programs.
export type { ServerOptions } from './options.js';
export { DEFAULT_MAX_BODY_BYTES } from './options.js';
export { type RunningServer, startServer } from './server.js';
export { GraphService, type GraphServiceOptions, type IngestOutcome } from './service/graph-service.js';
export { SqliteDocumentStore } from './store/sqlite-store.js';
export type * from './store/types.js';
