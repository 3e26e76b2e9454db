export { toGEXF } from './gexf.js';
export { fromJSON, type SerializedEntenteGraph, SerializedGraphError, toJSON } from './json.js';
