export { orientRelation, relationKey } from '../ontology/relation-key.js';
export { buildGraph, GraphBuilder, type GraphBuilderOptions } from './builder.js';
export { type DocumentReport, type EdgeContribution, edgesOf } from './contribution.js';
export { createEntenteGraph } from './create.js';
export { dateInRange, distinctDocuments, evidenceSpan } from './evidence-dates.js';
export { evidenceRef } from './evidence-ref.js';
export { filterGraph } from './filter.js';
