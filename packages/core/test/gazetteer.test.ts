import { describe, expect, it } from 'vitest';
import { defaultGazetteer, Gazetteer, GazetteerError, parseGazetteer } from '../src/gazetteer/index.js';

describe('Gazetteer', () => {
  it('indexes actors by id and lets later sources override earlier ones', () => {
    const g = new Gazetteer([
      { actors: [{ id: 'ruritania', name: 'Ruritania', kind: 'state' }] },
      { actors: [{ id: 'ruritania', name: 'Kingdom of Ruritania', kind: 'state' }] },
    ]);
    expect(g.size).toBe(1);
    expect(g.get('ruritania')?.name).toBe('Kingdom of Ruritania');
    expect(g.has('elbonia')).toBe(false);
  });

  it('extend returns a new gazetteer and leaves the original unchanged', () => {
    const base = new Gazetteer([{ actors: [{ id: 'ruritania', name: 'Ruritania', kind: 'state' }] }]);
    const extended = base.extend({ actors: [{ id: 'elbonia', name: 'Elbonia', kind: 'state' }] });
    expect(extended.size).toBe(2);
    expect(base.size).toBe(1);
    expect(extended.actors().map((a) => a.id)).toEqual(['ruritania', 'elbonia']);
  });

  it('loads the built-in data with the demo actors', () => {
    const g = defaultGazetteer();
    for (const id of ['turkey', 'israel', 'hamas', 'hakan-fidan', 'khalil-al-hayya', 'united-states']) {
      expect(g.has(id)).toBe(true);
    }
    expect(defaultGazetteer()).toBe(g);
  });
});

describe('parseGazetteer', () => {
  it('reads YAML and JSON', () => {
    const yaml =
      'actors:\n  - id: jane-doe\n    name: Jane Doe\n    kind: person\n    roles:\n      - title: foreign minister\n        of: egypt\n';
    expect(parseGazetteer(yaml, 'yaml', 'people.yaml').actors[0]?.roles?.[0]?.of).toBe('egypt');
    const json = JSON.stringify({
      actors: [{ id: 'elbonia', name: 'Elbonia', kind: 'state', demonyms: ['Elbonian'] }],
    });
    expect(parseGazetteer(json, 'json').actors[0]?.demonyms).toEqual(['Elbonian']);
  });

  it('names the file and the offending actor', () => {
    const yaml =
      'actors:\n  - id: ok\n    name: Ok\n    kind: state\n  - id: jane-doe\n    name: Jane Doe\n    kind: human\n';
    expect(() => parseGazetteer(yaml, 'yaml', 'people.yaml')).toThrow(
      /people\.yaml: actor #2 \("jane-doe"\): kind "human" is not one of state, person/,
    );
    try {
      parseGazetteer(yaml, 'yaml', 'people.yaml');
    } catch (error) {
      expect(error).toBeInstanceOf(GazetteerError);
      expect((error as GazetteerError).actor).toBe('jane-doe');
    }
  });

  it('rejects malformed files, bad ids, duplicate ids and bad fields', () => {
    expect(() => parseGazetteer('{ "actors": [', 'json', 'a.json')).toThrow(/a\.json: not valid JSON/);
    expect(() => parseGazetteer('[]', 'json', 'a.json')).toThrow(/expected an object with an "actors" list/);
    expect(() =>
      parseGazetteer('{"actors":[{"id":"Bad Id","name":"x","kind":"state"}]}', 'json', 'a.json'),
    ).toThrow(/slug/);
    const dup = '{"actors":[{"id":"x","name":"X","kind":"state"},{"id":"x","name":"X","kind":"state"}]}';
    expect(() => parseGazetteer(dup, 'json', 'a.json')).toThrow(/actor #2 \("x"\): duplicate id/);
    const aliases = '{"actors":[{"id":"x","name":"X","kind":"state","aliases":"X-land"}]}';
    expect(() => parseGazetteer(aliases, 'json', 'a.json')).toThrow(/"aliases" must be a list/);
  });
});
