export { buildGraph, GraphBuilder } from './builder.js';
export { createEntenteGraph } from './create.js';
export { dateInRange, distinctDocuments, evidenceSpan } from './evidence-dates.js';
export { filterGraph, type GraphFilter } from './filter.js';
export { orientRelation, relationKey } from './relation-key.js';
