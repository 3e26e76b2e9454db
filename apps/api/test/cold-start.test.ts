import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExtractionPool } from '../src/service/extraction-pool.js';
import { GraphService } from '../src/service/graph-service.js';
import { SqliteDocumentStore } from '../src/store/sqlite-store.js';
import type { DocumentRecord } from '../src/store/types.js';
import { tempDir } from './temp.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A stored wire of one sentence: `n` decides who hosts whom, so that weights add up across documents. */
function wire(n: number): DocumentRecord {
  const id = `wire-${n}`;
  const [host, guest] = n % 2 === 0 ? ['turkey', 'hamas'] : ['qatar', 'hamas'];
  const quote = `${host} hosted ${guest} (wire ${n}).`;
  return {
    document: {
      id,
      contentId: `content-${id}`,
      publishedAt: '2025-11-03',
      ingestedAt: '2025-11-20T10:00:00.000Z',
      text: quote,
    },
    extraction: {
      relations: [
        {
          source: host,
          target: guest,
          type: 'hosts',
          polarity: 'neutral',
          evidence: {
            document: id,
            sentence: 0,
            start: 0,
            end: quote.length,
            quote,
            confidence: 0.9,
            date: '2025-11-03',
          },
        },
      ],
      actors: [
        { id: host, name: host, kind: 'state' },
        { id: guest, name: guest, kind: 'armed_group' },
      ],
      mentions: [],
      sentences: [{ index: 0, start: 0, end: quote.length }],
    },
  };
}

describe('cold start', () => {
  it('rebuilds the graph from the store and reports loaded / total every 10,000 documents', async () => {
    const dir = tempDir();
    const store = new SqliteDocumentStore(join(dir, 'entente.db'));
    const extractor = new ExtractionPool({ workers: 1 });
    cleanups.push(async () => {
      await extractor.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const records = Array.from({ length: 20_001 }, (_, n) => wire(n));
    expect(await store.putAll(records)).toEqual(records.map(() => true));

    const service = new GraphService({ store, extractor });
    const reports: [number, number][] = [];
    await service.load((documents, total) => reports.push([documents, total]));
    expect(reports).toEqual([
      [10_000, 20_001],
      [20_000, 20_001],
    ]);
    expect(service.documentCount).toBe(20_001);
    expect(service.relation('turkey|hosts|hamas')?.weight).toBe(10_001);
    expect(service.relation('qatar|hosts|hamas')?.weight).toBe(10_000);
    // The graph keeps references; the quote comes back from the store.
    const [first] = service.relation('qatar|hosts|hamas')!.evidence;
    expect(first).toEqual({ document: 'wire-1', sentence: 0, date: '2025-11-03', confidence: 0.9 });
    expect(await service.evidence('qatar|hosts|hamas', [first!])).toEqual([
      wire(1).extraction.relations[0]!.evidence,
    ]);
  });
});
