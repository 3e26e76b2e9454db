export { orientRelation, relationKey } from '../ontology/relation-key.js';
export { buildGraph, GraphBuilder } from './builder.js';
export { createEntenteGraph } from './create.js';
export { dateInRange, distinctDocuments, evidenceSpan } from './evidence-dates.js';
export { filterGraph } from './filter.js';
