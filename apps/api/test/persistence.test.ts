import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ServerOptions } from '../src/options.js';
import { DEFAULT_SEED_CORPUS } from '../src/paths.js';
import { dataOf, generatedArticle, startTestServer, type TestServer } from './helpers.js';
import { dropDatabases, freshDatabase } from './postgres.js';
import { tempDir } from './temp.js';

const SNAPSHOT = `{
  stats { actors relations documents evidence cooperative conflictual neutral }
  graph(filter: { hideIsolated: false }) { nodes { id mentions degree } edges { id weight firstSeen lastSeen } }
  documents(first: 500) { nodes { id title ingestedAt } }
}`;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
afterAll(() => dropDatabases());

function freshDir(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

async function snapshot(server: TestServer) {
  return dataOf(await server.gql(SNAPSHOT));
}

async function ingest(server: TestServer, text: string) {
  const response = await server.gql<{ ingestArticle: { created: boolean } }>(
    'mutation ($text: String!) { ingestArticle(input: { text: $text }) { ... on IngestSuccess { created } } }',
    { text },
  );
  return dataOf(response).ingestArticle;
}

/**
 * Where a server keeps its documents: a file in its directory, or a fresh PostgreSQL database. (With an
 * extraction budget a loaded machine cannot exceed: these tests are about what is kept, not about time.)
 */
const stores: { name: string; database(): Promise<ServerOptions> }[] = [
  { name: 'SQLite', database: async () => ({ extractionTimeoutMs: 60_000 }) },
  {
    name: 'PostgreSQL',
    database: async () => ({ databaseUrl: await freshDatabase(), extractionTimeoutMs: 60_000 }),
  },
];

describe.each(stores)('persistence on $name', ({ database }) => {
  it('seeds an empty store with the demo corpus, and rebuilds the same graph after a restart', async () => {
    const dir = freshDir();
    const db = await database();
    const first = await startTestServer({ dir, ...db, seedCorpus: DEFAULT_SEED_CORPUS });
    const before = await snapshot(first);
    expect((before.stats as { documents: number }).documents).toBe(5);
    // A seeded file pasted again as an article is recognised by its text, whatever id it was stored under.
    const { document } = dataOf(
      await first.gql<{ document: { text: string } }>(
        '{ document(id: "000_ca3ca53938cc68a5") { ... on Document { text } } }',
      ),
    );
    const again = dataOf(
      await first.gql<{ ingestArticle: { created: boolean; document: { id: string } } }>(
        'mutation ($text: String!) { ingestArticle(input: { text: $text }) { ... on IngestSuccess { created document { id } } } }',
        { text: document.text },
      ),
    );
    expect(again.ingestArticle).toEqual({ created: false, document: { id: '000_ca3ca53938cc68a5' } });
    expect(await snapshot(first)).toEqual(before);
    await first.close();

    const second = await startTestServer({ dir, ...db, seedCorpus: DEFAULT_SEED_CORPUS });
    expect(await snapshot(second)).toEqual(before);
    expect((await ingest(second, generatedArticle(1))).created).toBe(true);
    const grown = await snapshot(second);
    await second.close();

    const third = await startTestServer({ dir, ...db, seedCorpus: DEFAULT_SEED_CORPUS });
    expect(await snapshot(third)).toEqual(grown);
    expect((grown.stats as { documents: number }).documents).toBe(6);
    await third.close();
  });

  it('does not seed a store that already has documents', async () => {
    const dir = freshDir();
    const db = await database();
    const first = await startTestServer({ dir, ...db, seedCorpus: null });
    await ingest(first, generatedArticle(7));
    await first.close();
    const second = await startTestServer({ dir, ...db, seedCorpus: DEFAULT_SEED_CORPUS });
    const { stats } = dataOf(await second.gql<{ stats: { documents: number } }>('{ stats { documents } }'));
    expect(stats.documents).toBe(1);
    await second.close();
  });

  it('starts empty when seeding is disabled or the corpus folder is missing', async () => {
    for (const seedCorpus of [null, join(freshDir(), 'missing-corpus')]) {
      const server = await startTestServer({ dir: freshDir(), ...(await database()), seedCorpus });
      const { stats } = dataOf(
        await server.gql<{ stats: { documents: number; actors: number } }>('{ stats { documents actors } }'),
      );
      expect(stats).toEqual({ documents: 0, actors: 0 });
      await server.close();
    }
  });

  it('answers an ingest after a restart as a duplicate', async () => {
    const dir = freshDir();
    const db = await database();
    const first = await startTestServer({ dir, ...db, seedCorpus: null });
    expect((await ingest(first, generatedArticle(3))).created).toBe(true);
    await first.close();
    const second = await startTestServer({ dir, ...db, seedCorpus: null });
    expect((await ingest(second, generatedArticle(3))).created).toBe(false);
    await second.close();
  });
});
