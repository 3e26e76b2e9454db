export * from './actors.js';
export * from './documents.js';
export * from './relations.js';
