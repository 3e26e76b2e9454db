// The one path from articles to a graph, in this thread (GraphPipeline) and on worker threads
// (ExtractionPool, loaded from dist like the CLI, since workers start from built files).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleInputError, createExtractor, documentId } from '../src/extract/index.js';
import { buildGraph } from '../src/graph/index.js';
import { compactExtraction, expandExtraction, GraphPipeline } from '../src/pipeline/index.js';
import { toJSON } from '../src/serialize/index.js';

const TURKEY_HOSTS = {
  id: 'a',
  publishedAt: '2025-10-01',
  text: 'Turkish Foreign Minister Hakan Fidan hosted Hamas officials in Ankara. Turkey criticized Israel.',
};
const EGYPT_MEETS = {
  id: 'b',
  publishedAt: '2025-10-02',
  text: 'Egypt and Qatar met in Cairo on Tuesday. Turkey criticized Israel again.',
};

describe('GraphPipeline', () => {
  it('builds the graph buildGraph builds from the same extractions, and says which relations each document reports', () => {
    const pipeline = new GraphPipeline();
    const a = pipeline.addArticle(TURKEY_HOSTS);
    const b = pipeline.addArticle(EGYPT_MEETS);
    expect(toJSON(pipeline.graph)).toEqual(toJSON(buildGraph([a, b])));
    expect(pipeline.documents()).toEqual(['a', 'b']);
    expect(pipeline.relationKeys('a')).toContain('turkey|criticizes|israel');
    expect(pipeline.relationKeys('b')).toContain('turkey|criticizes|israel');
    expect(pipeline.relationKeys('nope')).toEqual([]);
  });

  it('says which actors each document names, with or without a relation between them', () => {
    const pipeline = new GraphPipeline();
    pipeline.addArticle(EGYPT_MEETS);
    pipeline.addArticle({ id: 'c', text: 'The foreign ministers of Peru and Bolivia attended the summit.' });
    pipeline.addArticle({ id: 'cake', text: 'Preheat the oven to 180 degrees. Cream the butter and sugar.' });
    expect(pipeline.actorIds('b')).toEqual(expect.arrayContaining(['egypt', 'qatar', 'turkey', 'israel']));
    expect(pipeline.relationKeys('c')).toEqual([]);
    expect([...pipeline.actorIds('c')].sort()).toEqual(['bolivia', 'peru']);
    expect(pipeline.actorIds('cake')).toEqual([]);
    expect(pipeline.actorIds('nope')).toEqual([]);
    pipeline.removeDocument('c');
    expect(pipeline.actorIds('c')).toEqual([]);
  });

  it('removes a document as if it had never been added, and leaves the graph alone on bad input', () => {
    const pipeline = new GraphPipeline();
    pipeline.addArticle(TURKEY_HOSTS);
    const alone = toJSON(pipeline.graph);
    pipeline.addArticle(EGYPT_MEETS);
    expect(pipeline.removeDocument('b')).toBe(true);
    expect(pipeline.removeDocument('b')).toBe(false);
    expect(toJSON(pipeline.graph)).toEqual(alone);
    expect(() => pipeline.addArticle({ id: 'empty', text: '  ' })).toThrow(ArticleInputError);
    expect(toJSON(pipeline.graph)).toEqual(alone);
  });

  it('takes a compact extraction (as stored) to the same graph as the full one', () => {
    const result = createExtractor().extract(TURKEY_HOSTS);
    const compact = compactExtraction(result);
    expect(compact.sentences[0]).toEqual({
      index: 0,
      start: result.sentences[0]!.start,
      end: result.sentences[0]!.end,
    });
    expect(expandExtraction(result.article, compact)).toEqual(result);
    const pipeline = new GraphPipeline();
    pipeline.addCompact(result.article, compact);
    expect(toJSON(pipeline.graph)).toEqual(toJSON(buildGraph([result])));
  });

  it('drops actors whose names run past the limit, with what names them', () => {
    const result = createExtractor().extract(TURKEY_HOSTS);
    const compact = compactExtraction(result, { maxActorNameChars: 'turkey'.length });
    expect(compact.actors.every((actor) => actor.id.length <= 6 && actor.name.length <= 6)).toBe(true);
    expect(compact.relations.every((r) => r.source.length <= 6 && r.target.length <= 6)).toBe(true);
    expect(compact.mentions.every((mention) => mention.actorId.length <= 6)).toBe(true);
  });
});

describe('ExtractionPool (dist)', async () => {
  // Typed from the sources (dist may not exist when the tests are typechecked); built by the global setup.
  const built = new URL('../dist/node.js', import.meta.url).href;
  const { ExtractionLimitError, ExtractionPool } = (await import(built)) as typeof import('../src/node.js');
  const pools: { close(): Promise<void> }[] = [];
  const work = mkdtempSync(join(tmpdir(), 'entente-pool-'));
  afterAll(async () => {
    for (const pool of pools) await pool.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('extracts on a worker what this thread extracts, with the content id', async () => {
    const pool = new ExtractionPool({ workers: 1 });
    pools.push(pool);
    const prepared = await pool.extract(TURKEY_HOSTS);
    const here = createExtractor().extract(TURKEY_HOSTS);
    expect(prepared).toEqual({
      articleId: 'a',
      contentId: documentId(TURKEY_HOSTS.text),
      extraction: compactExtraction(here),
    });
  });

  it('refuses bad input with ArticleInputError, and a file that cannot be read as an outcome', async () => {
    const pool = new ExtractionPool({ workers: 1 });
    pools.push(pool);
    await expect(pool.extract({ text: '' })).rejects.toMatchObject({
      name: 'ArticleInputError',
      code: 'EMPTY',
    });
    const file = join(work, 'one.txt');
    writeFileSync(file, TURKEY_HOSTS.text);
    const [read, missing] = await Promise.all([
      pool.extractFile({ path: file }),
      pool.extractFile({ path: join(work, 'missing.txt') }),
    ]);
    expect('result' in read && read.result.relations.length).toBeGreaterThan(0);
    expect(missing).toMatchObject({ failure: { stage: 'read', path: join(work, 'missing.txt') } });
  });

  it('fails an article past its time budget alone, and starts a fresh worker for the next', async () => {
    // A worker loads the extractor before it answers anything: far more than a millisecond.
    const strict = new ExtractionPool({ workers: 1, timeoutMs: 1 });
    pools.push(strict);
    const late = strict.extract(TURKEY_HOSTS);
    await expect(late).rejects.toBeInstanceOf(ExtractionLimitError);
    await expect(late).rejects.toMatchObject({ code: 'EXTRACTION_TIMEOUT', limit: 1 });
    await expect(strict.extract(EGYPT_MEETS)).rejects.toMatchObject({ code: 'EXTRACTION_TIMEOUT' });
  });

  it('without a time budget, hands a job waiting behind one that broke its worker to a fresh worker', async () => {
    // No budget: the worker holds the small article in its port while it reads the big one, which runs
    // it out of its heap; the small article must not be lost with the worker.
    const pool = new ExtractionPool({ workers: 1, workerMemoryMb: 40 });
    pools.push(pool);
    const sentence = `${TURKEY_HOSTS.text} `;
    const big = { text: sentence.repeat(Math.ceil(900_000 / sentence.length)) };
    const [broke, waited] = await Promise.allSettled([pool.extract(big), pool.extract(EGYPT_MEETS)]);
    expect(broke).toMatchObject({ status: 'rejected', reason: { code: 'EXTRACTION_TOO_LARGE' } });
    expect(waited.status).toBe('fulfilled');
  });

  it('refuses an extraction over the byte limit, and every job once closed', async () => {
    const pool = new ExtractionPool({ workers: 1, maxExtractionBytes: 10 });
    pools.push(pool);
    await expect(pool.extract(TURKEY_HOSTS)).rejects.toMatchObject({
      code: 'EXTRACTION_TOO_LARGE',
      limit: 10,
    });
    await pool.close();
    await expect(pool.extract(TURKEY_HOSTS)).rejects.toThrow(/closed/);
  });
});
