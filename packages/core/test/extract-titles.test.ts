import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers-extract.js';

describe('long titles', () => {
  it('makes the person after a long title the actor, with the state before it', () => {
    const found = triples(
      'Qatari Minister of State for Foreign Affairs Mohammed Al-Khulaifi met Hamas leaders and urged Israel to allow aid.',
    );
    expect(found).toEqual([
      'mohammed-al-khulaifi represents qatar',
      'mohammed-al-khulaifi meets hamas',
      'mohammed-al-khulaifi urges israel',
    ]);
  });

  it('reads a ministry spokesperson as a person of the state, not the state itself', () => {
    const result = extract('Japanese Foreign Ministry spokesman Toshihiro Kitamura criticized Beijing.');
    expect(result.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual([
      'toshihiro-kitamura represents japan',
      'toshihiro-kitamura criticizes china',
    ]);
    expect(result.actors.find((a) => a.id === 'toshihiro-kitamura')?.affiliation).toBe('japan');
  });
});
