// Several API processes on one PostgreSQL database keep their graphs in step through the change log:
// what one ingests or removes, the others serve within a second; one killed and restarted catches up.
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  dataOf,
  generatedArticle,
  postGraphQL,
  spawnServer,
  startTestServer,
  stopServer,
} from './helpers.js';
import { dropDatabases, freshDatabase, withClient } from './postgres.js';
import { tempDir } from './temp.js';

const INGEST = `mutation ($text: String!) {
  ingestArticle(input: { text: $text }) { __typename ... on IngestSuccess { created document { id } } ... on UserError { message } }
}`;
const REMOVE = 'mutation ($id: ID!) { removeDocument(id: $id) { __typename } }';
const DOCUMENT =
  'query ($id: ID!) { document(id: $id) { __typename ... on Document { id relations { id } } } }';
const STATS = '{ stats { documents actors relations } }';

const dir = tempDir();
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) await stopServer(child);
  await dropDatabases();
  rmSync(dir, { recursive: true, force: true });
});

async function replica(databaseUrl: string) {
  // No demo corpus: the test decides what is stored. ENTENTE_DB is unused with DATABASE_URL set.
  const started = await spawnServer(join(dir, 'unused.db'), {
    // A generous extraction budget: a loaded CI machine must not turn this into a timing test.
    env: { DATABASE_URL: databaseUrl, ENTENTE_SEED_CORPUS: 'none', ENTENTE_EXTRACTION_TIMEOUT_MS: '60000' },
  });
  children.push(started.child);
  return started;
}

async function ingest(url: string, text: string): Promise<string> {
  const response = await postGraphQL<{ ingestArticle: { created: boolean; document: { id: string } } }>(
    url,
    INGEST,
    { text },
  );
  const { ingestArticle } = dataOf(response);
  expect(ingestArticle, JSON.stringify(ingestArticle)).toMatchObject({ created: true });
  return ingestArticle.document.id;
}

async function documentOn(url: string, id: string) {
  return dataOf(await postGraphQL<{ document: { __typename: string } }>(url, DOCUMENT, { id })).document;
}

/** Polls until `check` holds, and returns how long it took; fails after `limitMs`. */
async function within(limitMs: number, check: () => Promise<boolean>): Promise<number> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > limitMs) throw new Error(`not within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.now() - start;
}

describe('API replicas on one PostgreSQL', () => {
  it('serves what another replica ingests or removes within 1 s, and catches up after kill -9', {
    timeout: 120_000,
  }, async () => {
    const database = await freshDatabase();
    const a = await replica(database);
    let b = await replica(database);

    const first = await ingest(a.url, generatedArticle(1));
    // The replica that took the write answers from it at once.
    expect((await documentOn(a.url, first)).__typename).toBe('Document');
    await within(1000, async () => (await documentOn(b.url, first)).__typename === 'Document');

    // Writes through B reach A the same way, relations included.
    const second = await ingest(b.url, generatedArticle(2));
    await within(1000, async () => (await documentOn(a.url, second)).__typename === 'Document');
    const onA = dataOf(await postGraphQL(a.url, STATS));
    await within(
      1000,
      async () => JSON.stringify(dataOf(await postGraphQL(b.url, STATS))) === JSON.stringify(onA),
    );

    await postGraphQL(a.url, REMOVE, { id: first });
    await within(1000, async () => (await documentOn(b.url, first)).__typename === 'NotFoundError');

    // B dies without a word; A goes on writing; B, restarted, has everything.
    b.child.kill('SIGKILL');
    await new Promise((resolve) => b.child.once('exit', resolve));
    const whileDown = await ingest(a.url, generatedArticle(3));
    await postGraphQL(a.url, REMOVE, { id: second });
    b = await replica(database);
    expect((await documentOn(b.url, whileDown)).__typename).toBe('Document');
    expect((await documentOn(b.url, second)).__typename).toBe('NotFoundError');
    expect(dataOf(await postGraphQL(b.url, STATS))).toEqual(dataOf(await postGraphQL(a.url, STATS)));
  });

  it('catches up on what it missed while its notification connection was down', {
    timeout: 60_000,
  }, async () => {
    const databaseUrl = await freshDatabase();
    const writer = await startTestServer({
      dir: tempDir(),
      databaseUrl,
      seedCorpus: null,
      extractionTimeoutMs: 60_000,
    });
    const reader = await startTestServer({
      dir: tempDir(),
      databaseUrl,
      seedCorpus: null,
      extractionTimeoutMs: 60_000,
    });
    try {
      // Cut every follower's session: notifications sent now reach nobody.
      await withClient(async (client) => {
        await client.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'entente-follower'",
        );
      }, databaseUrl);
      const id = await ingest(writer.url, generatedArticle(4));
      // The reader reconnects (250 ms first) and reads the change log from where it was.
      await within(5000, async () => (await documentOn(reader.url, id)).__typename === 'Document');
    } finally {
      await writer.dispose();
      await reader.dispose();
    }
  });
});
