import organizations from './data/organizations.json' with { type: 'json' };
import persons from './data/persons.json' with { type: 'json' };
import states from './data/states.json' with { type: 'json' };
import { Gazetteer, type GazetteerSource } from './gazetteer.js';
import { validateGazetteer } from './parse.js';

let cached: Gazetteer | undefined;

/**
 * The built-in gazetteer: states, then organizations, then persons (src/gazetteer/data/*.json).
 * Validated once and shared: a Gazetteer is immutable.
 */
export function defaultGazetteer(): Gazetteer {
  if (!cached) {
    const sources: GazetteerSource[] = [
      validateGazetteer(states, 'gazetteer/data/states.json'),
      validateGazetteer(organizations, 'gazetteer/data/organizations.json'),
      validateGazetteer(persons, 'gazetteer/data/persons.json'),
    ];
    cached = new Gazetteer(sources);
  }
  return cached;
}
