// Runs the real extractor on the blind set (data/blind: articles and gold written without reading the
// extractor), scores it against the hand-made gold and keeps it above the floors in data/blind/floor.json.
// Also checks that the gold files themselves are sound, so a broken quote cannot hide a miss.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createExtractor,
  defaultGazetteer,
  type EvalReport,
  formatEvalReport,
  parseGold,
  parseNegatives,
  scoreExtraction,
} from '../src/index.js';
import { readCorpus } from '../src/node.js';

const blindPath = (path: string) => fileURLToPath(new URL(`../../../data/blind/${path}`, import.meta.url));
const artifactPath = (name: string) => fileURLToPath(new URL(`../artifacts/${name}`, import.meta.url));

interface Floor {
  precision: number;
  recall: number;
  f1: number;
  maxNegativeHits: number;
}
const floor = JSON.parse(readFileSync(blindPath('floor.json'), 'utf8')) as Floor;

/** Lower-case ASCII slug, the form the extractor gives people it does not know ("Delcy Rodríguez" → "delcy-rodriguez"). */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}

function loadBlindSet() {
  const gold = parseGold(readFileSync(blindPath('gold.jsonl'), 'utf8'), 'blind/gold.jsonl');
  const negatives = parseNegatives(
    readFileSync(blindPath('negatives.jsonl'), 'utf8'),
    'blind/negatives.jsonl',
  );
  const articles = readCorpus(blindPath(''));
  return { gold, negatives, articles };
}

describe('gold file of the blind set', () => {
  const { gold, negatives, articles } = loadBlindSet();
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  const gazetteer = defaultGazetteer();

  it('covers every article of the set', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
    const annotated = new Set(gold.map((row) => row.doc));
    for (const article of articles) expect(annotated.has(article.id), article.id).toBe(true);
  });

  it('quotes every relation verbatim from a document of the set', () => {
    for (const row of [...gold, ...negatives]) {
      const text = texts.get(row.doc);
      expect(text, `unknown document ${row.doc}`).toBeDefined();
      expect(text!.includes(row.quote), `${row.doc}: quote not found: ${row.quote}`).toBe(true);
    }
  });

  it('names actors the gazetteer knows, or people named in the document', () => {
    for (const row of [...gold, ...negatives]) {
      for (const id of [row.source, row.target]) {
        if (id === '*' || gazetteer.has(id)) continue;
        // An unknown person: their name must be in the document, so the extractor can create them.
        expect(`-${slug(texts.get(row.doc) ?? '')}-`, `${row.doc}: unknown actor "${id}"`).toContain(
          `-${id}-`,
        );
      }
    }
  });
});

describe('extractor on the blind set', () => {
  let report: EvalReport;

  beforeAll(() => {
    const { gold, negatives, articles } = loadBlindSet();
    const extractor = createExtractor();
    const predicted = articles.flatMap((article) => extractor.extract(article).relations);
    report = scoreExtraction(predicted, gold, { negatives });
    // The full report (every miss and false alarm with its quote) for people improving the extractor.
    mkdirSync(artifactPath(''), { recursive: true });
    writeFileSync(artifactPath('eval-blind.txt'), formatEvalReport(report));
  });

  it('stays above the precision, recall and F1 floors', () => {
    const summary = formatEvalReport(report).split('\n\n')[0];
    expect(report.overall.precision, summary).toBeGreaterThanOrEqual(floor.precision);
    expect(report.overall.recall, summary).toBeGreaterThanOrEqual(floor.recall);
    expect(report.overall.f1, summary).toBeGreaterThanOrEqual(floor.f1);
  });

  it('extracts few triples the negatives forbid', () => {
    const hits = (report.negativeHits ?? []).map(
      ({ relation }) => `${relation.source} ${relation.type} ${relation.target}: ${relation.evidence.quote}`,
    );
    expect(hits.length, hits.join('\n')).toBeLessThanOrEqual(floor.maxNegativeHits);
  });
});
