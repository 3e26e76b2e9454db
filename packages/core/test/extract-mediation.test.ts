import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers-extract.js';

describe('mediation nouns take their mediator from the noun phrase, not any subject', () => {
  it('reads a demonym modifying "mediators"', () => {
    expect(triples('Egyptian mediators met envoys of Israel and Hamas.')).toEqual(
      expect.arrayContaining(['egypt mediates israel', 'egypt mediates hamas']),
    );
  });

  it('does not make the clause subject a mediator of a bare "mediators"', () => {
    const found = triples('Oman hosts talks on the Israel-Hamas war as mediators push for a deal.');
    expect(found.filter((t) => t.includes('mediates'))).toEqual([]);
  });

  it('reads predicate nouns after a copula or a light verb, with co-agents', () => {
    expect(triples('Norway has served as a key intermediary between Russia and Ukraine.')).toEqual([
      'norway mediates russia',
      'norway mediates ukraine',
    ]);
    expect(
      triples('In the Israel-Hamas war, Jordan played a central role in ceasefire mediation alongside Oman.'),
    ).toEqual(
      expect.arrayContaining([
        'jordan mediates israel',
        'jordan mediates hamas',
        'oman mediates israel',
        'oman mediates hamas',
      ]),
    );
  });

  it('finds co-agents after a short object and never makes a co-mediator a party', () => {
    const found = triples(
      'In the war between Israel and Hamas, Egypt is co-mediating the talks alongside Qatar.',
    );
    expect(found).toEqual(expect.arrayContaining(['egypt mediates israel', 'qatar mediates hamas']));
    expect(found).not.toContain('egypt mediates qatar');
  });
});

describe('object and mention boundaries', () => {
  it('stops looking for an object at a new coordinated verb phrase', () => {
    expect(triples('Iran rejected the draft as unfair and accused Britain of bias.')).toEqual([
      'iran criticizes united-kingdom',
    ]);
  });

  it('reads an all-caps dateline as a place, not a government', () => {
    expect(extract('CAIRO, May 2 — Jordan met Qatar.').mentions.map((m) => m.actorId)).toEqual([
      'jordan',
      'qatar',
    ]);
  });

  it('keeps a full name whose last word is another person’s surname as one person', () => {
    const result = extract(
      'Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Israeli negotiators.',
    );
    expect(result.mentions.map((m) => m.actorId)).toEqual(['mohammed-bin-abdulrahman-al-thani', 'israel']);
  });
});
