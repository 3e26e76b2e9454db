// Extraction jobs in the PostgreSQL queue: `entente ingest --queue` enqueues them, `entente worker`
// processes take them. A worker killed with SIGKILL in the middle of a batch loses nothing: its jobs are
// retried by another worker once their timeout passes, and every article is stored exactly once.
import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { dataOf, generatedArticle, startTestServer } from './helpers.js';
import { dropDatabases, freshDatabase, withClient } from './postgres.js';
import { tempDir } from './temp.js';

const execFileAsync = promisify(execFile);
const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin');
const ARTICLES = 120;

const dir = tempDir();
const workers: ChildProcess[] = [];
afterAll(async () => {
  for (const worker of workers)
    if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
  await dropDatabases();
  rmSync(dir, { recursive: true, force: true });
});

function startWorker(databaseUrl: string, batch: number) {
  const child = spawn(
    process.execPath,
    [join(BIN, 'entente-worker.mjs'), '--database', databaseUrl, '--jobs', '1', '--batch', String(batch)],
    {
      // Workers look for the jobs of dead workers every second here (10 s by default).
      env: { ...process.env, ENTENTE_QUEUE_CHECK_SECONDS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  workers.push(child);
  let output = '';
  const seen = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(output)) resolve();
      };
      child.stdout?.on('data', check);
      child.once('exit', (code) =>
        reject(new Error(`worker exited (${code}) before ${pattern}:\n${output}`)),
      );
      check();
    });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, seen, output: () => output };
}

async function storedCounts(databaseUrl: string) {
  return withClient(async (client) => {
    const { rows } = await client.query(
      'SELECT COUNT(*)::int AS documents, COUNT(DISTINCT content_id)::int AS texts FROM documents',
    );
    return rows[0] as { documents: number; texts: number };
  }, databaseUrl);
}

describe('entente ingest DIR', () => {
  it('stores a folder on worker threads, skips what is stored on a second run, and a running API serves it', {
    timeout: 120_000,
  }, async () => {
    const databaseUrl = await freshDatabase();
    const corpus = join(dir, 'local');
    mkdirSync(corpus);
    for (let n = 0; n < 12; n += 1) writeFileSync(join(corpus, `local-${n}.txt`), generatedArticle(7000 + n));
    const api = await startTestServer({ dir: tempDir(), databaseUrl, seedCorpus: null });
    try {
      // Asynchronously: the API in this process must go on answering while the command runs.
      const ingest = () =>
        execFileAsync(
          process.execPath,
          [join(BIN, 'entente-ingest.mjs'), '--database', databaseUrl, '--jobs', '2', corpus],
          { encoding: 'utf8' },
        );
      const first = await ingest();
      expect(first.stdout).toMatch(
        /12 files: 12 new documents \(\d+ relations\), 0 already stored, 0 failed/,
      );
      const second = await ingest();
      expect(second.stdout).toMatch(/12 files: 0 new documents \(0 relations\), 12 already stored, 0 failed/);
      // The API process follows the database's change log: the command's documents are in its graph.
      const documents = async () =>
        dataOf(await api.gql<{ stats: { documents: number } }>('{ stats { documents } }')).stats.documents;
      const start = performance.now();
      while ((await documents()) < 12 && performance.now() - start < 1000)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await documents()).toBe(12);
    } finally {
      await api.dispose();
    }
  });
});

describe('extraction queue and workers', () => {
  it('retries the jobs of a worker killed mid-batch; each article is stored once', {
    timeout: 120_000,
  }, async () => {
    const databaseUrl = await freshDatabase();
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    for (let n = 0; n < ARTICLES; n += 1) {
      writeFileSync(join(corpus, `article-${String(n).padStart(3, '0')}.txt`), generatedArticle(5000 + n));
    }
    const enqueue = spawnSync(
      process.execPath,
      [join(BIN, 'entente-ingest.mjs'), '--queue', '--database', databaseUrl, '--job-timeout', '10', corpus],
      { encoding: 'utf8' },
    );
    expect(enqueue.status, enqueue.stderr).toBe(0);
    expect(enqueue.stdout).toContain(`${ARTICLES} extraction jobs enqueued`);

    // The first worker takes every job in one batch and dies while extracting it.
    const doomed = startWorker(databaseUrl, ARTICLES);
    await doomed.seen(/extracting \d+ articles/);
    doomed.child.kill('SIGKILL');
    await new Promise((resolve) => doomed.child.once('exit', resolve));
    expect((await storedCounts(databaseUrl)).documents).toBe(0);

    const survivor = startWorker(databaseUrl, 50);
    const start = performance.now();
    while ((await storedCounts(databaseUrl)).documents < ARTICLES) {
      if (performance.now() - start > 90_000) throw new Error(`not all stored:\n${survivor.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(await storedCounts(databaseUrl)).toEqual({ documents: ARTICLES, texts: ARTICLES });
    const retried = await withClient(async (client) => {
      const { rows } = await client.query(
        "SELECT COUNT(*)::int AS n FROM pgboss.job WHERE name = 'entente-extract' AND retry_count > 0",
      );
      return rows[0].n as number;
    }, databaseUrl);
    expect(retried).toBeGreaterThan(0);

    survivor.child.kill('SIGTERM');
    const code = await new Promise((resolve) => survivor.child.once('exit', resolve));
    expect(code).toBe(0);
    expect(await storedCounts(databaseUrl)).toEqual({ documents: ARTICLES, texts: ARTICLES });
  });
});
