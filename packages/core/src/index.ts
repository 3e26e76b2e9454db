export * from './ontology/index.js';
export type * from './extract/types.js';
export type * from './graph/types.js';
