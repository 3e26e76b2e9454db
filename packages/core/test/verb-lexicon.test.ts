import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../src/ontology/relations.js';

interface VerbEntry {
  lemma: string;
  type: string;
  prep?: string;
  object?: string;
  required?: boolean;
  cameo?: string;
}

const lexicon = JSON.parse(
  readFileSync(new URL('../src/extract/data/verbs.json', import.meta.url), 'utf8'),
) as { _doc: string[]; _source: string; verbs: VerbEntry[] };
const verbs = lexicon.verbs;

function typesOf(lemma: string, prep?: string, object?: string): string[] {
  return verbs.filter((v) => v.lemma === lemma && v.prep === prep && v.object === object).map((v) => v.type);
}

describe('verb lexicon (verbs.json, derived from CAMEO)', () => {
  it('records its source and has a few hundred entries', () => {
    expect(lexicon._source).toMatch(/petrarch2 .*CAMEO\.2\.0\.txt at commit [0-9a-f]{40}/);
    expect(verbs.length).toBeGreaterThan(200);
  });

  it('uses only relation types of the ontology', () => {
    const known = new Set<string>(RELATION_TYPES);
    expect(verbs.filter((v) => !known.has(v.type))).toEqual([]);
  });

  it('has lower-case single-word lemmas, preps and objects', () => {
    const word = /^[a-z]+(-[a-z]+)?$/;
    expect(verbs.filter((v) => !word.test(v.lemma))).toEqual([]);
    expect(verbs.filter((v) => v.prep !== undefined && !word.test(v.prep))).toEqual([]);
    expect(verbs.filter((v) => v.object !== undefined && !word.test(v.object))).toEqual([]);
  });

  it('marks required only on entries with a preposition', () => {
    expect(verbs.filter((v) => v.required && !v.prep)).toEqual([]);
  });

  it('has no duplicate (lemma, prep, object) triples', () => {
    const keys = verbs.map((v) => `${v.lemma}|${v.prep ?? ''}|${v.object ?? ''}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('is sorted by lemma', () => {
    const lemmas = verbs.map((v) => v.lemma);
    expect(lemmas).toEqual([...lemmas].sort());
  });

  it('gives the expected readings', () => {
    expect(typesOf('condemn')).toEqual(['criticizes']);
    expect(typesOf('sanction')).toEqual(['blocks']);
    expect(verbs.some((v) => v.lemma === 'mediate' && v.type === 'mediates')).toBe(true);
    expect(typesOf('urge')).toEqual(['urges']);
    expect(typesOf('meet', 'with')).toEqual(['meets']);
    expect(typesOf('host')).toEqual(['hosts']);
    expect(typesOf('praise')).toEqual(['praises']);
    expect(typesOf('accuse')).toEqual(['criticizes']);
    expect(typesOf('support')).toEqual(['supports']);
    expect(typesOf('reject')).toEqual(['opposes']);
    expect(typesOf('call', 'on')).toEqual(['urges']);
    expect(typesOf('impose', 'on', 'sanctions')).toEqual(['blocks']);
  });

  it('leaves out polysemous verbs the review excluded', () => {
    for (const lemma of ['charge', 'fire', 'strike', 'call', 'welcome']) expect(typesOf(lemma)).toEqual([]);
  });
});
