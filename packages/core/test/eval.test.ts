import { describe, expect, it } from 'vitest';
import {
  formatEvalReport,
  formatReliability,
  GoldFormatError,
  type GoldRelation,
  parseGold,
  parseNegatives,
  quotesOverlap,
  reliabilityTable,
  scoreExtraction,
} from '../src/eval/index.js';
import type { ExtractedRelation } from '../src/extract/types.js';
import { polarityOf, type RelationType } from '../src/ontology/relations.js';

const DOC = '004_a294275c7f261648';
const HOSTS_QUOTE =
  'Cairo and Ankara are set to take another step toward deepening diplomatic coordination over the ongoing Gaza crisis, as Turkish Foreign Minister Hakan Fidan hosts his Egyptian counterpart Badr Abdelatty in Ankara on Wednesday.';
const PRAISE_QUOTE =
  'Ankara has praised Cairo’s continued role in facilitating the delivery of aid convoys and medical supplies through the Rafah crossing.';
const CHANNELS_QUOTE =
  'Despite these tensions, both Egypt and Turkey have sought to keep diplomatic channels open.';

const gold: GoldRelation[] = [
  { doc: DOC, quote: HOSTS_QUOTE, source: 'hakan-fidan', type: 'hosts', target: 'badr-abdelatty' },
  { doc: DOC, quote: HOSTS_QUOTE, source: 'egypt', type: 'cooperates', target: 'turkey' },
  { doc: DOC, quote: PRAISE_QUOTE, source: 'turkey', type: 'praises', target: 'egypt' },
  { doc: DOC, quote: CHANNELS_QUOTE, source: 'egypt', type: 'cooperates', target: 'turkey' },
];

/** A prediction as the extractor makes it; `sentence` only matters for display. */
function predicted(
  source: string,
  type: RelationType,
  target: string,
  quote: string,
  document = DOC,
): ExtractedRelation {
  return {
    source,
    type,
    target,
    polarity: polarityOf(type),
    evidence: { document, sentence: 0, start: 0, end: quote.length, quote, confidence: 0.9 },
  };
}

const perfect = (): ExtractedRelation[] =>
  gold.map((row) => predicted(row.source, row.type, row.target, row.quote));

describe('scoreExtraction', () => {
  it('gives 1/1/1 to predictions that are exactly the gold', () => {
    const report = scoreExtraction(perfect(), gold);
    expect(report.overall).toEqual({ tp: 4, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(report.falsePositives).toEqual([]);
    expect(report.falseNegatives).toEqual([]);
    expect(report.byType.cooperates).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('gives 0 to an empty extraction and lists every gold row as missed', () => {
    const report = scoreExtraction([], gold);
    expect(report.overall).toMatchObject({ tp: 0, fp: 0, fn: 4, precision: 0, recall: 0, f1: 0 });
    expect(report.falseNegatives).toHaveLength(4);
  });

  it('scores an empty extraction against an empty gold as perfect', () => {
    expect(scoreExtraction([], []).overall).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('ignores the order of the actors for undirected types only', () => {
    const swapped = [
      predicted('badr-abdelatty', 'hosts', 'hakan-fidan', HOSTS_QUOTE), // directed: wrong
      predicted('turkey', 'cooperates', 'egypt', HOSTS_QUOTE), // undirected: fine
    ];
    const report = scoreExtraction(swapped, gold.slice(0, 2));
    expect(report.byType.hosts).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(report.byType.cooperates).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.falsePositives.map((r) => r.source)).toEqual(['badr-abdelatty']);
  });

  it('pairs each gold row with one prediction: a duplicate is a false positive', () => {
    const twice = [...perfect(), predicted('turkey', 'praises', 'egypt', PRAISE_QUOTE)];
    const report = scoreExtraction(twice, gold);
    expect(report.overall).toMatchObject({ tp: 4, fp: 1, fn: 0, recall: 1, precision: 0.8 });
  });

  it('lets one sentence repeated in a document support two gold rows', () => {
    const repeated = [gold[2]!, { ...gold[2]! }];
    const twice = [
      predicted('turkey', 'praises', 'egypt', PRAISE_QUOTE),
      predicted('turkey', 'praises', 'egypt', PRAISE_QUOTE),
    ];
    expect(scoreExtraction(twice, repeated).overall).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('finds the pairing that matches most rows, not the first one', () => {
    // A splitter merged two sentences into prediction A, which fits both gold rows; prediction B fits
    // only the first. Pairing the first row with A (greedy) would lose the second row.
    const merged = `${CHANNELS_QUOTE} ${PRAISE_QUOTE}`;
    const rows: GoldRelation[] = [
      { doc: DOC, quote: CHANNELS_QUOTE, source: 'egypt', type: 'cooperates', target: 'turkey' },
      { doc: DOC, quote: PRAISE_QUOTE, source: 'egypt', type: 'cooperates', target: 'turkey' },
    ];
    const predictions = [
      predicted('egypt', 'cooperates', 'turkey', merged),
      predicted('egypt', 'cooperates', 'turkey', CHANNELS_QUOTE),
    ];
    expect(scoreExtraction(predictions, rows).overall).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('does not count the right triple read from another sentence', () => {
    const elsewhere = [predicted('turkey', 'praises', 'egypt', CHANNELS_QUOTE)];
    const report = scoreExtraction(elsewhere, [gold[2]!]);
    expect(report.overall).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('does not count the right triple and quote from another document', () => {
    const report = scoreExtraction(
      [predicted('turkey', 'praises', 'egypt', PRAISE_QUOTE, '003_other')],
      [gold[2]!],
    );
    expect(report.overall.tp).toBe(0);
  });

  it('reports negatives that were extracted', () => {
    const quote =
      'Earlier this month, foreign ministers from seven Muslim-majority countries gathered in Istanbul to discuss the Gaza crisis, though Egypt notably declined to attend.';
    const negatives = parseNegatives(
      JSON.stringify({ doc: DOC, quote, source: 'egypt', type: 'meets', target: '*' }),
    );
    const bad = predicted('turkey', 'meets', 'egypt', quote);
    const report = scoreExtraction([bad], [], { negatives });
    expect(report.negativeHits).toHaveLength(1);
    expect(
      scoreExtraction([predicted('turkey', 'hosts', 'qatar', quote)], [], { negatives }).negativeHits,
    ).toEqual([]);
  });
});

describe('quotesOverlap', () => {
  it('accepts a sentence split differently on either side', () => {
    expect(
      quotesOverlap(`“Our principle is that Palestinians should govern. ${PRAISE_QUOTE}`, PRAISE_QUOTE),
    ).toBe(true);
    expect(quotesOverlap(PRAISE_QUOTE.slice(0, 60), PRAISE_QUOTE)).toBe(true);
  });

  it('ignores differences in whitespace', () => {
    expect(quotesOverlap(PRAISE_QUOTE.replace(/ /g, '\n  '), PRAISE_QUOTE)).toBe(true);
  });

  it('rejects a different sentence', () => {
    expect(quotesOverlap(CHANNELS_QUOTE, PRAISE_QUOTE)).toBe(false);
  });
});

describe('parseGold', () => {
  const row = { doc: DOC, quote: PRAISE_QUOTE, source: 'turkey', type: 'praises', target: 'egypt' };

  it('reads JSON lines, skipping blank lines and keeping notes', () => {
    const text = `${JSON.stringify(row)}\n\n${JSON.stringify({ ...row, note: 'Ankara = turkey' })}\n`;
    const rows = parseGold(text);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.note).toBe('Ankara = turkey');
  });

  it.each([
    ['{not json', /gold\.jsonl:2: not valid JSON/],
    ['[1, 2]', /gold\.jsonl:2: expected a JSON object/],
    [JSON.stringify({ ...row, type: 'meet' }), /gold\.jsonl:2: unknown relation type "meet"/],
    [JSON.stringify({ ...row, quote: '' }), /gold\.jsonl:2: field "quote" must be a non-empty string/],
    [JSON.stringify({ ...row, sourse: 'x' }), /gold\.jsonl:2: unknown field "sourse"/],
    [JSON.stringify({ ...row, target: 'turkey' }), /gold\.jsonl:2: source and target are the same/],
    [JSON.stringify({ ...row, target: '*' }), /gold\.jsonl:2: "\*" is only allowed in a negatives file/],
  ])('rejects %s with the line number', (bad, message) => {
    const text = `${JSON.stringify(row)}\n${bad}\n`;
    expect(() => parseGold(text, 'gold.jsonl')).toThrow(GoldFormatError);
    expect(() => parseGold(text, 'gold.jsonl')).toThrow(message);
  });
});

describe('formatEvalReport', () => {
  it('prints the score table, then the misses and false alarms with their quotes', () => {
    const predictions = [...perfect().slice(1), predicted('egypt', 'opposes', 'turkey', CHANNELS_QUOTE)];
    const text = formatEvalReport(scoreExtraction(predictions, gold));
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^type\s+gold\s+predicted\s+tp\s+fp\s+fn\s+precision\s+recall\s+f1$/);
    expect(text).toMatch(/^hosts\s+1\s+0\s+0\s+0\s+1\s+0\.000\s+0\.000\s+0\.000$/m);
    expect(text).toMatch(/^overall\s+4\s+4\s+3\s+1\s+1\s+0\.750\s+0\.750\s+0\.750$/m);
    expect(text).toContain('False positives (1)');
    expect(text).toContain(`egypt opposes turkey`);
    expect(text).toContain(`"${CHANNELS_QUOTE}"`);
    expect(text).toContain('False negatives (1)');
    expect(text).toContain('hakan-fidan hosts badr-abdelatty');
  });
});

describe('reliability of confidence', () => {
  it('bins predictions by confidence and counts the ones that are right', () => {
    const right = { ...predicted('turkey', 'praises', 'egypt', PRAISE_QUOTE) };
    right.evidence = { ...right.evidence, confidence: 0.95 };
    const wrong = { ...predicted('egypt', 'opposes', 'turkey', PRAISE_QUOTE) };
    wrong.evidence = { ...wrong.evidence, confidence: 0.85 };
    const guess = { ...predicted('hakan-fidan', 'hosts', 'badr-abdelatty', HOSTS_QUOTE) };
    guess.evidence = { ...guess.evidence, confidence: 0.55 };
    const all = [right, wrong, guess];
    const bins = reliabilityTable(all, scoreExtraction(all, gold));
    const bin = (from: number) => bins.find((b) => b.from === from);
    expect(bin(0.9)).toMatchObject({ predicted: 1, correct: 1, share: 1 });
    expect(bin(0.8)).toMatchObject({ predicted: 1, correct: 0, share: 0 });
    expect(bin(0.5)).toMatchObject({ predicted: 1, correct: 1 });
    expect(formatReliability(bins)).toContain('at or above 0.8: 1/2 right (0.500)');
  });
});
