// A server killed with SIGKILL in the middle of concurrent ingests must keep every ingest it acknowledged,
// and nothing half-written. This runs the built server (dist/main.js) as a real child process.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dataOf, generatedArticle, postGraphQL, startTestServer } from './helpers.js';
import { tempDir } from './temp.js';

const mainJs = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'main.js');

const INGEST = `mutation ($text: String!) {
  ingestArticle(input: { text: $text, title: "crash test" }) {
    __typename
    ... on IngestSuccess { document { id } }
  }
}`;

/** Starts dist/main.js on an ephemeral port and resolves with its URL once it says it is listening. */
function spawnServer(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [mainJs], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ENTENTE_DB: dbPath, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/[^\s/]+\/)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`server exited with ${code} before listening:\n${output}`)),
    );
  });
}

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crash during ingest', () => {
  it('keeps every acknowledged article and no partial one after SIGKILL', { timeout: 60_000 }, async () => {
    expect(existsSync(mainJs), `build the API first: ${mainJs} is missing`).toBe(true);
    const dbPath = join(dir, 'crash.db');
    const { child, url } = await spawnServer(dbPath);
    const exited = new Promise((resolve) => child.once('exit', resolve));

    const acknowledged: string[] = [];
    let next = 0;
    let killed = false;
    // Four writers keep ingests in flight; the kill lands while some are still unanswered.
    const writer = async () => {
      while (!killed && next < 400) {
        const n = next++;
        try {
          const response = await postGraphQL<{
            ingestArticle: { __typename: string; document?: { id: string } };
          }>(url, INGEST, { text: generatedArticle(1000 + n) });
          const id = response.data?.ingestArticle.document?.id;
          if (id) acknowledged.push(id);
          if (acknowledged.length >= 25 && !killed) {
            killed = true;
            child.kill('SIGKILL');
          }
        } catch {
          // Connections cut by the kill: those ingests were never acknowledged.
        }
      }
    };
    await Promise.all([writer(), writer(), writer(), writer()]);
    await exited;
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(25);

    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    const restarted = await startTestServer({ dir, dbPath, seedCorpus: null });
    try {
      const { documents } = dataOf(
        await restarted.gql<{ documents: { nodes: { id: string; relations: { id: string }[] }[] } }>(
          '{ documents(first: 500) { nodes { id relations { id } } } }',
        ),
      );
      const stored = new Set(documents.nodes.map((document) => document.id));
      for (const id of acknowledged) expect(stored.has(id), `acknowledged ${id} was lost`).toBe(true);
      // Every stored article comes back whole: each generated text yields relations.
      for (const document of documents.nodes) expect(document.relations.length).toBeGreaterThan(0);
    } finally {
      await restarted.close();
    }
  });
});
