import { describe, expect, it } from 'vitest';
import { extract, triples } from './helpers-extract.js';

describe('criticism and pressure', () => {
  it('reads an allegation about the subject of the complement clause', () => {
    expect(triples('Ukraine alleges that Russia broke the truce.')).toEqual(['ukraine criticizes russia']);
  });

  it('reads "trade accusations" both ways', () => {
    expect(triples('Kenya and Ethiopia traded accusations over the border clash.')).toEqual([
      'kenya criticizes ethiopia',
      'ethiopia criticizes kenya',
    ]);
  });

  it('gives a participle adjunct the subject of the main clause, not of a complement clause', () => {
    const found = triples(
      'Macron told reporters that Iran seemed ready to talk while blaming Israel for delays.',
    );
    expect(found).toContain('emmanuel-macron criticizes israel');
    expect(found).not.toContain('iran criticizes israel');
  });

  it('reads a call for the withdrawal of a state’s forces as pressure on that state', () => {
    expect(triples('Egypt called for the complete withdrawal of Russian forces from the region.')).toEqual([
      'egypt urges russia',
    ]);
  });
});

describe('people named in a document', () => {
  it('reads a title and first name as a person named in full earlier', () => {
    const text =
      'Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met envoys. "We are close," Sheikh Mohammed told reporters. He urged Egypt to help.';
    const result = extract(text);
    // "We" inside the quotation is its speaker too (the speaker pronoun of the quotation).
    expect(result.mentions.filter((m) => m.sentence === 1).map((m) => [m.text, m.actorId])).toEqual([
      ['We', 'mohammed-bin-abdulrahman-al-thani'],
      ['Sheikh Mohammed', 'mohammed-bin-abdulrahman-al-thani'],
    ]);
    expect(result.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain(
      'mohammed-bin-abdulrahman-al-thani urges egypt',
    );
  });

  it('keeps a "President-elect" agent inside its prepositional phrase', () => {
    const found = triples(
      'The envoy Jane Roe, who was sent by President-elect Donald Trump, held talks with Emmanuel Macron.',
    );
    expect(found).not.toContain('donald-trump meets emmanuel-macron');
  });
});
