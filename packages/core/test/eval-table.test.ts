// Gold tables (the real-article sets' format) and the confidence calibration fitted on them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  calibrationSamples,
  fitPlatt,
  GoldFormatError,
  gazetteerResolver,
  parseGoldTable,
  reliabilityTable,
  scoreExtraction,
} from '../src/eval/index.js';
import { calibrate, IDENTITY_CALIBRATION } from '../src/extract/index.js';
import type { ExtractedRelation } from '../src/extract/types.js';
import { defaultGazetteer } from '../src/gazetteer/index.js';
import { polarityOf, type RelationType } from '../src/ontology/relations.js';

const resolve = gazetteerResolver(defaultGazetteer());
const TAB = '\t';
const row = (...cells: string[]) => cells.join(TAB);

/** Sentences of a made-up article, d01. */
const TALKS = 'Turkish Foreign Minister Hakan Fidan met his Egyptian counterpart in Ankara on Monday.';
const AGAIN = 'Fidan later spoke of the talks with the Egyptian minister.';
const REFUSED = 'Egypt declined an offer from Turkey to mediate.';
const TABLE = [
  '# doc source relation target flag where',
  row('d01', 'Hakan Fidan|Fidan', 'represents', 'Turkey|Türkiye|Ankara', 'req', TALKS.slice(0, 60)),
  row('d01', 'Hakan Fidan|Turkey', 'meets', 'Egypt|Cairo', 'req', TALKS.slice(0, 60)),
  row('d01', 'Turkey|Ankara', 'hosts|meets', 'Egypt', 'opt', TALKS.slice(0, 60)),
  row('d01', 'Turkey', 'mediates', 'Egypt', 'not', REFUSED.slice(0, 60)),
].join('\n');

function predicted(
  source: string,
  type: RelationType,
  target: string,
  quote: string,
  confidence = 0.9,
): ExtractedRelation {
  return {
    source,
    type,
    target,
    polarity: polarityOf(type),
    evidence: { document: 'd01', sentence: 0, start: 0, end: quote.length, quote, confidence },
  };
}

describe('gold tables', () => {
  it('reads alternatives through the gazetteer, flags and the sentence start', () => {
    const { gold, negatives } = parseGoldTable(TABLE, resolve, 'table.tsv');
    expect(gold).toHaveLength(3);
    expect(gold[0]?.alternatives).toEqual({
      sources: ['hakan-fidan'],
      types: ['represents'],
      targets: ['turkey'],
    });
    expect(gold[1]?.alternatives?.sources).toEqual(['hakan-fidan', 'turkey']);
    expect(gold[2]).toMatchObject({ optional: true, alternatives: { types: ['hosts', 'meets'] } });
    expect(negatives).toHaveLength(1);
    expect(negatives[0]?.wholeDocument).toBeUndefined();
    // A name the gazetteer does not know becomes the slug the extractor gives unknown actors.
    expect(resolve('the Ceasefire Monitoring Committee')).toEqual(['ceasefire-monitoring-committee']);
  });

  it('scores any alternative reading as right, an optional one as neither, a repetition as no error', () => {
    const { gold, negatives } = parseGoldTable(TABLE, resolve);
    const run = [
      predicted('hakan-fidan', 'represents', 'turkey', TALKS),
      predicted('egypt', 'meets', 'turkey', TALKS), // symmetric, a state for the minister: an alternative
      predicted('turkey', 'hosts', 'egypt', TALKS), // optional
      predicted('hakan-fidan', 'represents', 'turkey', AGAIN), // the title again, in another sentence
      predicted('turkey', 'mediates', 'egypt', REFUSED), // a refused act
    ];
    const report = scoreExtraction(run, gold, { negatives });
    expect(report.overall).toMatchObject({ tp: 2, fn: 0, fp: 1 });
    expect(report.falsePositives.map((r) => r.type)).toEqual(['mediates']);
    expect(report.negativeHits).toHaveLength(1);
  });

  it('refuses a malformed row with its line number', () => {
    expect(() =>
      parseGoldTable(row('d01', 'Turkey', 'befriends', 'Egypt', 'req', 'x'), resolve, 't.tsv'),
    ).toThrow(/t\.tsv:1: unknown relation type "befriends"/);
    expect(() => parseGoldTable(row('d01', 'Turkey', 'meets', 'Egypt', 'maybe', 'x'), resolve)).toThrow(
      GoldFormatError,
    );
    expect(() => parseGoldTable(row('d01', 'Turkey', 'meets'), resolve)).toThrow(/6 tab-separated cells/);
  });
});

describe('confidence calibration', () => {
  it('keeps the order of raw scores and leaves them alone without a fit', () => {
    const fitted = { method: 'platt' as const, a: 1.2, b: 1.3 };
    const raws = [0.4, 0.55, 0.68, 0.77, 0.9];
    const calibrated = raws.map((raw) => calibrate(raw, fitted));
    expect([...calibrated].sort((x, y) => x - y)).toEqual(calibrated);
    expect(new Set(calibrated).size).toBe(raws.length);
    expect(raws.map((raw) => calibrate(raw, IDENTITY_CALIBRATION))).toEqual(raws);
  });

  it('fits a curve under which each band is right about as often as it says', () => {
    // Readings whose raw score understates how often they are right: 0.6 is right 9 times in 10.
    const samples = [
      ...Array.from({ length: 100 }, (_, i) => ({ confidence: 0.6, correct: i % 10 !== 0 })),
      ...Array.from({ length: 100 }, (_, i) => ({ confidence: 0.9, correct: i % 50 !== 0 })),
    ];
    const { a, b } = fitPlatt(samples);
    expect(a).toBeGreaterThan(0);
    const at = (raw: number) => calibrate(raw, { method: 'platt', a, b });
    expect(at(0.6)).toBeGreaterThan(0.85);
    expect(at(0.6)).toBeLessThan(0.93);
    expect(at(0.9)).toBeGreaterThan(0.96);
  });

  it('turns a scored run into samples and a reliability table', () => {
    const { gold } = parseGoldTable(TABLE, resolve);
    const run = [
      predicted('hakan-fidan', 'represents', 'turkey', TALKS, 0.95),
      predicted('egypt', 'opposes', 'turkey', TALKS, 0.55),
    ];
    const report = scoreExtraction(run, gold);
    expect(calibrationSamples(run, report)).toEqual([
      { confidence: 0.95, correct: true },
      { confidence: 0.55, correct: false },
    ]);
    expect(reliabilityTable(run, report).find((bin) => bin.from === 0.5)).toMatchObject({
      predicted: 1,
      correct: 0,
    });
  });
});

describe('entente eval --fit-calibration', () => {
  const work = mkdtempSync(join(tmpdir(), 'entente-calibration-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'entente.mjs');

  it('scores a gold table, fits on raw scores and writes the calibration', { timeout: 60_000 }, () => {
    writeFileSync(join(work, 'd01.txt'), `${TALKS} ${AGAIN}\n`);
    writeFileSync(join(work, 'gold.tsv'), `${TABLE}\n`);
    const out = join(work, 'calibration.json');
    const result = spawnSync(
      process.execPath,
      [bin, 'eval', '--fit-calibration', out, '--gold', join(work, 'gold.tsv'), join(work, 'd01.txt')],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Before calibration (raw scores)');
    expect(result.stdout).toContain('After calibration');
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written).toMatchObject({ method: 'platt', fittedOn: expect.stringContaining('gold.tsv') });
    expect(written.samples).toBeGreaterThan(0);
  });
});
