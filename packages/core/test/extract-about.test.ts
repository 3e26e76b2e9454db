import { describe, expect, it } from 'vitest';
import { extract } from './helpers-extract.js';

/** "source type target: about [actors]" for the relations of a text that say what they are about. */
function abouts(text: string): string[] {
  return extract(text).relations.flatMap((r) => {
    const about = r.evidence.about;
    if (!about) return [];
    expect(text.slice(about.start, about.end)).toBe(about.text);
    return [`${r.source} ${r.type} ${r.target}: ${about.text} [${about.actors.join(',')}]`];
  });
}

describe('what a relation is about', () => {
  it('reads the noun phrase a target modifies, with the actors inside it', () => {
    expect(abouts('Israel opposes a Turkish role in the International Stabilization Force.')).toEqual([
      'israel opposes turkey: a Turkish role in the International Stabilization Force [international-stabilization-force]',
    ]);
  });

  it('reads it inside reported speech too', () => {
    expect(
      abouts('Officials said Israel opposes a Turkish role in the International Stabilization Force.'),
    ).toEqual([
      'israel opposes turkey: a Turkish role in the International Stabilization Force [international-stabilization-force]',
    ]);
  });

  it('reads the matter after a topic preposition past the target', () => {
    expect(abouts('Egypt met Qatar on the reconstruction of Gaza.')).toEqual([
      'egypt meets qatar: the reconstruction of Gaza []',
    ]);
  });

  it('says nothing when the sentence names no matter', () => {
    expect(abouts('Egypt met Qatar in Cairo on Monday.')).toEqual([]);
    expect(abouts('Israel condemned Hamas.')).toEqual([]);
    expect(abouts('Turkey hosted a Hamas delegation.')).toEqual([]);
  });

  it('gives a negated act neither a relation nor a matter', () => {
    expect(extract('Israel did not oppose a Turkish role in the force.').relations).toEqual([]);
  });
});
