// The built-in gazetteer files are checked by a JSON Schema (src/gazetteer/data/schema.json), which a
// user's gazetteer file can be checked with too, and kept in one layout (one actor a line) so that
// diffs of the data stay one line per actor.
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS } from '../src/ontology/actors.js';

const dataDir = new URL('../src/gazetteer/data/', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schema.json', dataDir), 'utf8')) as {
  definitions: { actor: { properties: { kind: { enum: string[] } } } };
};
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const dataFiles = readdirSync(dataDir).filter((name) => name.endsWith('.json') && name !== 'schema.json');

/** One actor a line, keys in the file's order, ", " and ": " between items (Python's json.dumps style). */
function canonicalLayout(actors: unknown[]): string {
  const line = (value: unknown): string =>
    Array.isArray(value)
      ? `[${value.map(line).join(', ')}]`
      : value !== null && typeof value === 'object'
        ? `{${Object.entries(value)
            .map(([key, item]) => `${JSON.stringify(key)}: ${line(item)}`)
            .join(', ')}}`
        : JSON.stringify(value);
  return `{\n  "actors": [\n${actors.map((actor) => `    ${line(actor)}`).join(',\n')}\n  ]\n}\n`;
}

describe('gazetteer data files (src/gazetteer/data)', () => {
  it('finds the three built-in files', () => {
    expect(dataFiles.sort()).toEqual(['organizations.json', 'persons.json', 'states.json']);
  });

  it.each(dataFiles)('%s conforms to the schema, with unique ids, in the one-actor-a-line layout', (file) => {
    const text = readFileSync(new URL(file, dataDir), 'utf8');
    const data = JSON.parse(text) as { actors: { id: string }[] };
    validate(data);
    expect(validate.errors ?? []).toEqual([]);
    const ids = data.actors.map((actor) => actor.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(text).toBe(canonicalLayout(data.actors));
  });

  it('names exactly the actor kinds of the ontology', () => {
    expect(schema.definitions.actor.properties.kind.enum).toEqual([...ACTOR_KINDS]);
  });

  it('refuses an actor the gazetteer could not use, saying where', () => {
    const actor = { id: 'ruritania', name: 'Ruritania', kind: 'state' };
    expect(validate({ actors: [actor] })).toBe(true);
    expect(validate({ actors: [{ ...actor, kind: 'country' }] })).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/actors/0/kind');
    expect(validate({ actors: [{ ...actor, id: 'Ruritania' }] })).toBe(false);
    expect(validate({ actors: [{ ...actor, alias: ['Ruritania'] }] })).toBe(false);
    expect(validate({ actors: [{ ...actor, aliases: [' Ruritania'] }] })).toBe(false);
    expect(validate({ actors: [{ ...actor, roles: [{ title: 'king', from: 'May 2020' }] }] })).toBe(false);
  });
});
