import { describe, expect, it } from 'vitest';
import { extract, extractRaw, triples } from './helpers-extract.js';

describe('coreference', () => {
  it('resolves a surname of a person introduced earlier in the document', () => {
    const text = 'Ambassador Lars Hendrik Vogel arrived in Cairo. Later, Vogel met Egyptian officials.';
    const result = extract(text);
    expect(result.mentions.find((m) => m.text === 'Vogel')).toMatchObject({
      actorId: 'lars-hendrik-vogel',
      via: 'surname',
    });
    expect(triples(text)).toContain('lars-hendrik-vogel meets egypt');
  });

  it('resolves a bare title to the person who holds it', () => {
    const text = 'Turkish Foreign Minister Hakan Fidan arrived. The minister met Qatar’s prime minister.';
    const result = extract(text);
    expect(result.mentions.find((m) => m.text === 'minister')).toMatchObject({
      actorId: 'hakan-fidan',
      via: 'title',
    });
    expect(extract('the Turkish foreign minister confirmed it').mentions[0]).toMatchObject({
      actorId: 'hakan-fidan',
      via: 'title',
    });
  });

  it('resolves "he" to the most recent person subject, with lower confidence', () => {
    const text = 'Fidan spoke to reporters in Istanbul. He met the Hamas delegation on Sunday.';
    const result = extractRaw(text, '2025-11-03');
    const meets = result.relations.find((r) => r.type === 'meets');
    expect(meets).toMatchObject({ source: 'hakan-fidan', target: 'hamas' });
    expect(meets?.evidence.confidence).toBeLessThan(0.9);
    expect(meets?.evidence.date).toBe('2025-11-02');
  });

  it('resolves "both countries" to the last pair named', () => {
    expect(triples('Egypt and Turkey signed a deal. Both countries have condemned Israel.')).toEqual([
      // Signing a deal together is cooperation (verb lexicon: sign + deal).
      'egypt cooperates turkey',
      'egypt criticizes israel',
      'turkey criticizes israel',
    ]);
  });
});
