import { readdirSync, readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../src/ontology/relations.js';

// Every data file of the extractor has a JSON Schema (src/extract/data/schemas/<file>.schema.json):
// a user extending a word list or a pattern file learns what is wrong from the schema's message
// rather than from an extraction that silently reads nothing.

const dataDir = new URL('../src/extract/data/', import.meta.url);
const schemaDir = new URL('schemas/', dataDir);

const readJson = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as unknown;

function compiler(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true });
  for (const name of readdirSync(schemaDir)) ajv.addSchema(readJson(new URL(name, schemaDir)) as object);
  return ajv;
}

const ajv = compiler();
const validatorOf = (file: string): ValidateFunction => {
  const validate = ajv.getSchema(`https://entente.invalid/schemas/extract/${file}.schema.json`);
  if (!validate) throw new Error(`no schema for ${file}.json`);
  return validate;
};

const dataFiles = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''));

describe('extractor data files (src/extract/data) and their JSON Schemas', () => {
  it('has a schema for every data file', () => {
    const schemas = readdirSync(schemaDir).map((name) => name.replace(/\.schema\.json$/, ''));
    expect(dataFiles.filter((file) => !schemas.includes(file))).toEqual([]);
  });

  it.each(dataFiles)('%s.json conforms to its schema', (file) => {
    const validate = validatorOf(file);
    const valid = validate(readJson(new URL(`${file}.json`, dataDir)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names exactly the relation types of the ontology', () => {
    const schema = readJson(new URL('relation-type.schema.json', schemaDir)) as { enum: string[] };
    expect(schema.enum).toEqual([...RELATION_TYPES]);
  });

  it('refuses what the extractor could not read, saying where', () => {
    const patterns = validatorOf('patterns');
    const pattern = { id: 'x', type: 'hosts', source: ['subject'], target: ['object'], triggers: ['host'] };
    expect(patterns({ patterns: [pattern] })).toBe(true);
    expect(patterns({ patterns: [{ ...pattern, type: 'befriends' }] })).toBe(false);
    expect(patterns.errors?.[0]?.instancePath).toBe('/patterns/0/type');
    expect(patterns({ patterns: [{ ...pattern, source: ['subjekt'] }] })).toBe(false);
    expect(patterns({ patterns: [{ ...pattern, triggers: [] }] })).toBe(false);
    expect(patterns({ patterns: [{ ...pattern, trigger: ['host'] }] })).toBe(false);

    const cues = validatorOf('cues');
    expect(cues({ _doc: 'lists', negators: ['not', 'never'] })).toBe(true);
    expect(cues({ _doc: 'lists', negators: ['Not'] })).toBe(false);
    expect(cues({ _doc: 'lists', negators: [' not'] })).toBe(false);
    expect(cues({ _doc: 'lists', negators: 'not' })).toBe(false);

    const verbs = validatorOf('verbs');
    expect(verbs({ verbs: [{ lemma: 'host', type: 'hosts' }] })).toBe(true);
    expect(verbs({ verbs: [{ lemma: 'play host', type: 'hosts' }] })).toBe(false);
  });
});
