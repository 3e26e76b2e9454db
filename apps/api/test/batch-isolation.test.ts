// Ingests that arrive together are committed together, but one that the database refuses must fail
// alone: twenty concurrent ingests, one of them poisoned (a trigger in the real database file refuses
// its row), give nineteen stored articles and one error. Real server on loopback, real database file.
// Which requests share a batch depends on when they arrive; a slower article sent first holds the write
// turn so that the twenty queue up behind it together. ingest-batch.test.ts pins the same guarantee
// deterministically at the service level.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dataOf, generatedArticle, startTestServer } from './helpers.js';
import { tempDir } from './temp.js';

const INGEST = `mutation ($text: String!, $title: String!) {
  ingestArticle(input: { text: $text, title: $title }) { __typename ... on IngestSuccess { document { id } } }
}`;

describe('batch isolation', () => {
  it('fails only the poisoned article of a batch of twenty; the nineteen others are stored', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'entente.db');
    (await startTestServer({ dir, seedCorpus: null })).close();
    const db = new Database(dbPath);
    db.exec(`CREATE TRIGGER poison BEFORE INSERT ON documents WHEN NEW.title = 'poison'
             BEGIN SELECT RAISE(ABORT, 'poisoned row'); END;`);
    db.close();
    const server = await startTestServer({ dir, seedCorpus: null });
    try {
      const slower = server.gql<{ ingestArticle: { __typename: string } }>(INGEST, {
        text: `${'Foreign Minister '.repeat(900)}. Qatar hosted Egypt for talks.`,
        title: 'first',
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          server.gql<{ ingestArticle: { __typename: string; document?: { id: string } } }>(INGEST, {
            text: generatedArticle(500 + index),
            title: index === 7 ? 'poison' : `article ${index}`,
          }),
        ),
      );
      expect((await slower).data?.ingestArticle.__typename).toBe('IngestSuccess');
      const stored = answers.filter((answer) => answer.data?.ingestArticle.__typename === 'IngestSuccess');
      expect(stored).toHaveLength(19);
      expect(answers[7]?.errors?.length).toBe(1);
      const { stats } = dataOf(await server.gql<{ stats: { documents: number } }>('{ stats { documents } }'));
      expect(stats.documents).toBe(20);
      await server.close();
      const check = new Database(dbPath, { readonly: true });
      expect(check.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(20);
      expect(check.prepare('SELECT COUNT(*) FROM extractions').pluck().get()).toBe(20);
      check.close();
    } finally {
      await server.dispose();
    }
  });
});
