export { KIND_COLORS, POLARITY_COLORS, toGEXF } from './gexf.js';
export { fromJSON, type SerializedEntenteGraph, SerializedGraphError, toJSON } from './json.js';
