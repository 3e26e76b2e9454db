import { describe, expect, it } from 'vitest';
import { extract } from './helpers-extract.js';

function mentioned(text: string): string[] {
  return extract(text).mentions.map((m) => `${m.text}=${m.actorId}`);
}

describe('mention finder', () => {
  it('matches aliases accent-insensitively', () => {
    expect(mentioned('Türkiye and Turkiye and TURKEY met.')).toEqual([
      'Türkiye=turkey',
      'Turkiye=turkey',
      'TURKEY=turkey',
    ]);
    expect(mentioned('İbrahim Kalın met Erdoğan and Ibrahim Kalin.')).toEqual([
      'İbrahim Kalın=ibrahim-kalin',
      'Erdoğan=recep-tayyip-erdogan',
      'Ibrahim Kalin=ibrahim-kalin',
    ]);
  });

  it('handles possessives with straight and curly apostrophes', () => {
    expect(mentioned("Turkey's role and Ankara’s outreach")).toEqual(['Turkey=turkey', 'Ankara=turkey']);
  });

  it('treats short all-caps acronyms case-sensitively', () => {
    expect(mentioned('The US told us about the U.S. plan.')).toEqual([
      'US=united-states',
      'U.S.=united-states',
    ]);
  });

  it('reads demonyms as their state', () => {
    expect(mentioned('Turkish officials spoke.')).toEqual(['Turkish=turkey']);
  });

  it('reads metonyms as governments but not as places', () => {
    expect(mentioned('Jerusalem has voiced suspicion.')).toEqual(['Jerusalem=israel']);
    expect(mentioned('a Palestinian state with East Jerusalem as its capital')).toEqual([]);
    expect(mentioned('Fidan hosted Abdelatty in Ankara.').map((m) => m.split('=')[1])).toEqual([
      'hakan-fidan',
      'badr-abdelatty',
    ]);
  });

  it('makes one person mention of demonym + title + name', () => {
    const result = extract('Turkish Foreign Minister Hakan Fidan spoke.');
    expect(result.mentions.map((m) => [m.text, m.actorId])).toEqual([
      ['Turkish Foreign Minister Hakan Fidan', 'hakan-fidan'],
    ]);
    expect(result.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual([
      'hakan-fidan represents turkey',
    ]);
  });

  it('creates actors for unknown people introduced with a title', () => {
    const result = extract('Egyptian Foreign Minister Jane Doe met Qatar’s emir.');
    const jane = result.actors.find((a) => a.id === 'jane-doe');
    expect(jane).toMatchObject({ name: 'Jane Doe', kind: 'person', affiliation: 'egypt' });
    expect(result.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain(
      'jane-doe represents egypt',
    );
  });

  it('reads an appositive title as an affiliation of a new person', () => {
    const result = extract(
      'Minister Zeynep Aydemir Korkmaz, Director General of Protocol at the Turkish Foreign Ministry, received the envoy.',
    );
    expect(result.actors.find((a) => a.id === 'zeynep-aydemir-korkmaz')?.affiliation).toBe('turkey');
  });
});
