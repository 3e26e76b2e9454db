// A server killed with SIGKILL in the middle of concurrent ingests must keep every ingest it acknowledged,
// and nothing half-written. This runs the built server (dist/main.js) as a real child process.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dataOf, generatedArticle, MAIN_JS, postGraphQL, spawnServer, startTestServer } from './helpers.js';
import { tempDir } from './temp.js';

const INGEST = `mutation ($text: String!) {
  ingestArticle(input: { text: $text, title: "crash test" }) {
    __typename
    ... on IngestSuccess { document { id } }
  }
}`;

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crash during ingest', () => {
  it('keeps every acknowledged article and no partial one after SIGKILL', { timeout: 60_000 }, async () => {
    expect(existsSync(MAIN_JS), `build the API first: ${MAIN_JS} is missing`).toBe(true);
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
