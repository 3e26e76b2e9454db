import { describe, expect, it } from 'vitest';
import { triples } from './helpers-extract.js';

describe('a subject separated from its verb by an aside', () => {
  it('skips a relative clause between the subject and the verb', () => {
    const found = triples(
      'Turkey, which keeps close ties with Baku, urged Armenia and Azerbaijan to resume talks.',
    );
    expect(found).toEqual(expect.arrayContaining(['turkey urges armenia', 'turkey urges azerbaijan']));
    expect(triples('Iran, which seized a tanker on Tuesday, condemned London and Paris.')).toEqual(
      expect.arrayContaining(['iran criticizes united-kingdom', 'iran criticizes france']),
    );
  });

  it('skips an apposition that starts with a determiner or an owner', () => {
    expect(triples('Sergey Lavrov, Russia’s veteran diplomat, met Wang Yi in Beijing.')).toEqual([
      'sergey-lavrov meets wang-yi',
    ]);
    expect(triples('Qatar, a longtime go-between, has been mediating between Israel and Hamas.')).toEqual(
      expect.arrayContaining(['qatar mediates israel', 'qatar mediates hamas']),
    );
  });

  it('does not take a list for an aside', () => {
    const found = triples('Egypt, the UAE and Jordan condemned the raid by Israel.');
    expect(found).toEqual(
      expect.arrayContaining(['egypt criticizes israel', 'united-arab-emirates criticizes israel']),
    );
  });

  it('gives a relative clause every coordinated antecedent', () => {
    expect(
      triples('Emmanuel Macron and Keir Starmer, who met Volodymyr Zelensky on Monday, left Kyiv.'),
    ).toEqual(
      expect.arrayContaining([
        'emmanuel-macron meets volodymyr-zelensky',
        'keir-starmer meets volodymyr-zelensky',
      ]),
    );
  });
});
