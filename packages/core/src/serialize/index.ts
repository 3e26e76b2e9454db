export { type GEXFOptions, toGEXF } from './gexf.js';
export { fromJSON, type SerializedEntenteGraph, SerializedGraphError, toJSON } from './json.js';
