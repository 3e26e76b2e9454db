// The database failing under the server: a read-only file, a full database, a corrupt file, an empty
// (0-byte) file. Clients get a typed StorageError with its reason instead of "Unexpected error.", and
// /healthz says whether writes work. Real servers, real database files.
import { chmodSync, chownSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../src/index.js';
import { DEFAULT_SEED_CORPUS } from '../src/paths.js';
import {
  dataOf,
  generatedArticle,
  postGraphQL,
  spawnServer,
  startTestServer,
  stopServer,
} from './helpers.js';
import { tempDir } from './temp.js';

const INGEST = `mutation ($text: String!) {
  ingestArticle(input: { text: $text }) {
    __typename
    ... on StorageError { message code reason }
  }
}`;

interface IngestAnswer {
  __typename: string;
  code?: string;
  reason?: string;
  message?: string;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function freshDir(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

async function health(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(new URL('/healthz', url));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('storage faults', () => {
  it('answers ingests on a read-only database file with StorageError READ_ONLY, and /healthz says writes fail', async () => {
    const dir = freshDir();
    const dbPath = join(dir, 'entente.db');
    const seeded = await startTestServer({ dir, seedCorpus: null });
    await seeded.gql(INGEST, { text: generatedArticle(1) });
    await seeded.close();
    // Root writes whatever the permission bits say, so as root the server runs as nobody.
    const nobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
    if (nobody) {
      chownSync(dir, nobody.uid, nobody.gid);
      chownSync(dbPath, nobody.uid, nobody.gid);
    }
    chmodSync(dbPath, 0o444);
    const { child, url, output } = await spawnServer(dbPath, nobody ? { user: nobody } : {});
    try {
      expect(output()).toMatch(/read-only/);
      const answer = dataOf(
        await postGraphQL<{ ingestArticle: IngestAnswer }>(url, INGEST, { text: generatedArticle(2) }),
      ).ingestArticle;
      expect(answer).toMatchObject({
        __typename: 'StorageError',
        code: 'STORAGE_ERROR',
        reason: 'READ_ONLY',
      });
      expect(answer.message).toMatch(/read-only/);
      const { status, body } = await health(url);
      expect(status).toBe(503);
      expect(body).toMatchObject({
        status: 'degraded',
        writable: false,
        storage: { reason: 'read-only' },
        documents: 1,
      });
      // Reads still work.
      const { stats } = dataOf(
        await postGraphQL<{ stats: { documents: number } }>(url, '{ stats { documents } }'),
      );
      expect(stats.documents).toBe(1);
    } finally {
      await stopServer(child);
    }
  });

  it('answers an ingest past the size limit with StorageError FULL, keeps what it had, and /healthz says so', async () => {
    const dir = freshDir();
    const server = await startTestServer({ dir, seedCorpus: null, maxDatabaseBytes: 256 * 1024 });
    try {
      expect((await health(server.url)).body).toMatchObject({ status: 'ok', writable: true });
      const small = dataOf(
        await server.gql<{ ingestArticle: IngestAnswer }>(INGEST, { text: generatedArticle(1) }),
      );
      expect(small.ingestArticle.__typename).toBe('IngestSuccess');
      const big = `${generatedArticle(2)} ${'Talks went on. '.repeat(40_000)}`;
      const answer = dataOf(
        await server.gql<{ ingestArticle: IngestAnswer }>(INGEST, { text: big }),
      ).ingestArticle;
      expect(answer).toMatchObject({ __typename: 'StorageError', code: 'STORAGE_ERROR', reason: 'FULL' });
      const { status, body } = await health(server.url);
      expect(status).toBe(503);
      expect(body).toMatchObject({
        status: 'degraded',
        writable: false,
        storage: { reason: 'full' },
        documents: 1,
      });
      // A small article still fits: the write succeeds and health recovers without a restart.
      const again = dataOf(
        await server.gql<{ ingestArticle: IngestAnswer }>(INGEST, { text: generatedArticle(3) }),
      );
      expect(again.ingestArticle.__typename).toBe('IngestSuccess');
      expect((await health(server.url)).body).toMatchObject({ status: 'ok', writable: true, documents: 2 });
    } finally {
      await server.close();
    }
  });

  it('refuses to start on a corrupt database file, saying it is corrupt', async () => {
    const dir = freshDir();
    const dbPath = join(dir, 'entente.db');
    writeFileSync(dbPath, Buffer.alloc(8192, 0x5a));
    await expect(
      startServer({ port: 0, dbPath, seedCorpus: null, webDist: null, quiet: true }),
    ).rejects.toMatchObject({ name: 'StorageError', reason: 'corrupt' });
  });

  it('initialises a 0-byte database file as a new, empty database, says so, and does not seed the demo', async () => {
    const dir = freshDir();
    const dbPath = join(dir, 'entente.db');
    writeFileSync(dbPath, '');
    const { child, url, output } = await spawnServer(dbPath);
    try {
      expect(output()).toMatch(
        /empty \(0-byte\) file; initialised it as a new, empty database without the demo corpus/,
      );
      const { status, body } = await health(url);
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'ok', writable: true, documents: 0 });
    } finally {
      await stopServer(child);
    }
    // A missing file is still a first start, seeded with the demo.
    const fresh = await startTestServer({ dir: freshDir(), seedCorpus: DEFAULT_SEED_CORPUS });
    try {
      expect((await health(fresh.url)).body).toMatchObject({ documents: 5 });
    } finally {
      await fresh.close();
    }
  });
});
