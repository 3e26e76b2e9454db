import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ExtractionPool } from '../src/service/extraction-pool.js';
import { GraphService } from '../src/service/graph-service.js';
import { SqliteDocumentStore } from '../src/store/sqlite-store.js';
import { tempDir } from './temp.js';

// Ingests that queue up while a write runs are stored in one transaction; these tests call the service
// without awaiting in between, so that they land in one batch, and check each still gets its own answer.

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function openService(prepare?: (dbPath: string) => void) {
  const dir = tempDir();
  const dbPath = join(dir, 'entente.db');
  prepare?.(dbPath);
  const store = new SqliteDocumentStore(dbPath);
  const extractor = new ExtractionPool({ workers: 1 });
  const service = new GraphService({ store, extractor });
  await service.load();
  cleanups.push(async () => {
    await extractor.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { service, dbPath };
}

function storedIds(dbPath: string): string[] {
  const db = new Database(dbPath, { readonly: true });
  const ids = db.prepare('SELECT id FROM documents ORDER BY seq').pluck().all() as string[];
  db.close();
  return ids;
}

describe('batched ingests', () => {
  it('answers each ingest of a batch on its own: new, duplicate of a batch-mate, invalid', async () => {
    const { service, dbPath } = await openService();
    const outcomes = await Promise.allSettled([
      service.ingest({ text: 'Qatar hosted Egypt for talks on the Gaza ceasefire.' }),
      service.ingest({ text: 'Turkey criticized Israel over the delays in aid deliveries.' }),
      service.ingest({ text: 'Qatar hosted Egypt for talks on the Gaza ceasefire.' }),
      service.ingest({ text: '   ' }),
    ]);
    const [first, second, again, blank] = outcomes;
    expect(first).toMatchObject({ status: 'fulfilled', value: { created: true } });
    expect(second).toMatchObject({ status: 'fulfilled', value: { created: true } });
    expect(again).toMatchObject({ status: 'fulfilled', value: { created: false } });
    expect(blank?.status).toBe('rejected');
    if (first?.status !== 'fulfilled' || again?.status !== 'fulfilled' || second?.status !== 'fulfilled')
      return;
    expect(again.value.document.id).toBe(first.value.document.id);
    expect(again.value.relations).toEqual(first.value.relations);
    expect(first.value.relations.length).toBeGreaterThan(0);
    // Acknowledged means on disk, in the order the ingests were called.
    expect(storedIds(dbPath)).toEqual([first.value.document.id, second.value.document.id]);
    expect(service.documentCount).toBe(2);
  });

  it('keeps a removal between two ingests in order', async () => {
    const { service, dbPath } = await openService();
    const text = 'Pakistan hosted Indonesia for talks in Islamabad.';
    const { document } = await service.ingest({ text });
    // Called in this order without waiting: the re-ingest must not join a batch queued before the removal.
    const other = service.ingest({ text: 'Jordan met Egypt on the sidelines of the summit.' });
    const removed = service.removeDocument(document.id);
    const again = service.ingest({ text });
    expect((await other).created).toBe(true);
    expect(await removed).toBeDefined();
    expect((await again).created).toBe(true);
    expect(storedIds(dbPath)).toContain(document.id);
    expect(service.document(document.id)).toBeDefined();
  });

  it('fails only the article the database refuses; its batch-mates are stored (savepoint per article)', async () => {
    // A real trigger refuses one row; the four ingests are called in one tick, so they share a batch.
    const { service, dbPath } = await openService((path) => {
      new SqliteDocumentStore(path).close();
      const db = new Database(path);
      db.exec(`CREATE TRIGGER poison BEFORE INSERT ON documents WHEN NEW.title = 'poison'
               BEGIN SELECT RAISE(ABORT, 'poisoned row'); END;`);
      db.close();
    });
    const outcomes = await Promise.allSettled([
      service.ingest({ text: 'Qatar hosted Egypt for talks on the Gaza ceasefire.' }),
      service.ingest({
        text: 'Turkey criticized Israel over the delays in aid deliveries.',
        title: 'poison',
      }),
      service.ingest({ text: 'Jordan met Egypt on the sidelines of the summit.' }),
      service.ingest({ text: 'Pakistan hosted Indonesia for talks in Islamabad.' }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect(storedIds(dbPath)).toHaveLength(3);
    expect(service.documentCount).toBe(3);
  });
});
