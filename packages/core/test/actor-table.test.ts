import { describe, expect, it } from 'vitest';
import { ActorTable } from '../src/graph/actor-table.js';
import type { Actor } from '../src/ontology/actors.js';

describe('ActorTable', () => {
  const turkey: Actor = {
    id: 'turkey',
    name: 'Turkey',
    kind: 'state',
    aliases: ['Türkiye'],
    metonyms: ['Ankara'],
  };

  it('shares one object among equal descriptions and keeps a different one apart', () => {
    const table = new ActorTable();
    expect(table.intern(turkey)).toBe(turkey);
    expect(table.intern(JSON.parse(JSON.stringify(turkey)))).toBe(turkey);
    const reordered: Actor = {
      metonyms: ['Ankara'],
      aliases: ['Türkiye'],
      kind: 'state',
      name: 'Turkey',
      id: 'turkey',
    };
    expect(table.intern(reordered)).toBe(turkey);
    const other: Actor = { ...turkey, aliases: ['Türkiye', 'Republic of Türkiye'] };
    expect(table.intern(other)).toBe(other);
    expect(table.intern({ ...other })).toBe(other);
    expect(table.intern({ ...turkey, aliases: ['Ankara'], metonyms: ['Türkiye'] })).not.toBe(turkey);
  });

  it('forgets an actor no document names any more', () => {
    const table = new ActorTable();
    table.intern(turkey);
    table.forget('turkey');
    const copy = { ...turkey };
    expect(table.intern(copy)).toBe(copy);
  });
});
