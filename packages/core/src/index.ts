// Public API of @entente/core: text → mentions → relations (with evidence) → graph → analytics.
// Node-only helpers (files, directories) live in `@entente/core/node`.

export * from './analytics/index.js';
export * from './common/index.js';
export * from './eval/index.js';
export * from './extract/index.js';
export type * from './extract/types.js';
export * from './filter/index.js';
export * from './gazetteer/index.js';
export * from './graph/index.js';
export type * from './graph/types.js';
export * from './layout/index.js';
export * from './ontology/index.js';
export * from './pipeline/index.js';
export * from './serialize/index.js';
