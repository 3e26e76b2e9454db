import { describe, expect, it } from 'vitest';
import { extract, extractRaw, triples } from './helpers-extract.js';

describe('plural anaphora: references to a list named before', () => {
  it('reads "the ministers" as the states listed in the previous sentence', () => {
    const text =
      'Egypt invited ministers from Jordan, Oman and Kuwait to Cairo. Egyptian officials said Cairo would urge the ministers to back the plan.';
    expect(triples(text)).toEqual(
      expect.arrayContaining(['egypt urges jordan', 'egypt urges oman', 'egypt urges kuwait']),
    );
  });

  it('gives relations read through a plural reference a lower confidence', () => {
    const result = extractRaw('Qatar and Egypt drafted a text. Israel later met both countries in Paris.');
    const meets = result.relations.filter((r) => r.type === 'meets');
    expect(meets.map((r) => `${r.source} ${r.target}`)).toEqual(['israel qatar', 'israel egypt']);
    for (const relation of meets) expect(relation.evidence.confidence).toBeLessThan(0.8);
  });

  it('takes a list of the size a number asks for ("the three European powers")', () => {
    const text =
      'The draft was written by France, Germany and Italy. Russia and China voted against it. Iran accused the three European powers of bad faith.';
    expect(triples(text)).toEqual(
      expect.arrayContaining(['iran criticizes france', 'iran criticizes germany', 'iran criticizes italy']),
    );
    expect(triples(text)).not.toContain('iran criticizes russia');
  });

  it('does not resolve a group to a list that contains the clause subject', () => {
    const text =
      'The motion came from Spain and Italy. Russia and China abstained. Moscow criticized the sponsors for haste.';
    const found = triples(text);
    expect(found).toEqual(expect.arrayContaining(['russia criticizes spain', 'russia criticizes italy']));
    expect(found).not.toContain('russia criticizes china');
  });

  it('resolves "them" to a list earlier in the same sentence', () => {
    expect(triples('Kenya and Ghana backed the bid, while Nigeria criticized them for it.')).toEqual(
      expect.arrayContaining(['nigeria criticizes kenya', 'nigeria criticizes ghana']),
    );
  });

  it('lets a pronoun reach only the previous sentence, or further through a chain of references', () => {
    const chained =
      'Oman and Kuwait sent envoys. All of them were called to a meeting with Macron. Macron thanked them warmly.';
    expect(triples(chained)).toEqual(
      expect.arrayContaining([
        'oman meets emmanuel-macron',
        'kuwait meets emmanuel-macron',
        'emmanuel-macron praises oman',
        'emmanuel-macron praises kuwait',
      ]),
    );
    const far =
      'Oman and Kuwait sent envoys. The talks began late. Reporters waited. Israel would not let them in.';
    expect(triples(far).filter((t) => t.includes('blocks'))).toEqual([]);
  });

  it('reads "the parties" as the last pair of conflict parties, not any list', () => {
    const text =
      'The war between Israel and Hamas continued. Egypt and Qatar hosted talks. Guterres called on the parties to stop.';
    const found = triples(text);
    expect(found).toEqual(
      expect.arrayContaining(['antonio-guterres urges israel', 'antonio-guterres urges hamas']),
    );
    expect(found).not.toContain('antonio-guterres urges egypt');
  });
});

describe('plural references and symmetric relations', () => {
  it('reads "the two allies" as one reference, not "the two" and then "allies"', () => {
    const result = extract('Kenya and Ghana met in Accra. The two allies signed a deal.');
    const references = result.mentions.filter((m) => m.sentence === 1);
    expect(references.map((m) => `${m.text}=${m.actorId}`)).toEqual([
      'The two allies=kenya',
      'The two allies=ghana',
    ]);
  });

  it('keeps one symmetric relation per sentence, whichever way it was read', () => {
    const result = extract('Oman and Kuwait sent envoys. Their meeting eased ties between the two.');
    const meets = result.relations.filter((r) => r.type === 'meets' && r.evidence.sentence === 1);
    expect(meets).toHaveLength(1);
  });
});

describe('pair references to two actors named apart', () => {
  it('reads "the two leaders" as the two people just named', () => {
    const text =
      'President Emmanuel Macron met Chancellor Olaf Scholz in Paris on Monday. The two leaders held talks and agreed to expand coordination.';
    const meets = extract(text).relations.filter((r) => r.type === 'meets');
    expect(meets.map((r) => `${r.source} ${r.target} ${r.evidence.sentence}`)).toEqual([
      'emmanuel-macron olaf-scholz 0',
      'emmanuel-macron olaf-scholz 1',
    ]);
  });

  it('reads "both sides" after two people, and "both capitals" only after two states', () => {
    const sides = extract('Hakan Fidan spoke with Sergey Lavrov by phone. Both sides agreed to meet again.');
    expect(sides.relations.filter((r) => r.evidence.sentence === 1).map((r) => r.type)).toEqual(['meets']);
    const capitals = extract(
      'Hakan Fidan spoke with Sergey Lavrov by phone. Both capitals agreed to meet again.',
    );
    expect(capitals.relations.filter((r) => r.evidence.sentence === 1)).toEqual([]);
    expect(triples('Turkey hosted Russia for talks on Monday. Both capitals agreed to meet again.')).toEqual([
      'turkey hosts russia',
      'turkey meets russia',
    ]);
  });

  it('reads nothing when more than two candidates were named', () => {
    const text =
      'President Emmanuel Macron met Chancellor Olaf Scholz. Giorgia Meloni later arrived in Rome, and the two leaders held talks.';
    expect(extract(text).relations.filter((r) => r.evidence.sentence === 1)).toEqual([]);
  });

  it('takes an actor after "coordination on" as the topic, not a partner', () => {
    const text =
      'President Emmanuel Macron met Chancellor Olaf Scholz in Paris. The two leaders agreed to expand coordination on trade, Iran and energy security.';
    const second = extract(text).relations.filter((r) => r.evidence.sentence === 1);
    expect(second.map((r) => `${r.source} ${r.type} ${r.target}`)).not.toContain(
      'emmanuel-macron cooperates iran',
    );
    expect(triples('Egypt agreed to expand coordination with Jordan on Gaza.')).toContain(
      'egypt cooperates jordan',
    );
  });
});
