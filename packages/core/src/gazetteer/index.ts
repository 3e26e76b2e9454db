export { defaultGazetteer } from './default.js';
export { Gazetteer, type GazetteerSource } from './gazetteer.js';
export { GazetteerError, parseGazetteer, validateGazetteer } from './parse.js';
