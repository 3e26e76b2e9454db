// `entente follow` and `entente ingest-url` as a user runs them: the built commands as child processes,
// on a database file, against feeds and pages served on loopback.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { dispatch, type FixtureArticle, FixtureServer, newsPage, rssFeed } from '@entente/sources/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteDocumentStore } from '../src/store/sqlite-store.js';
import { tempDir } from './temp.js';

const run = promisify(execFile);
const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli');
const pages = new FixtureServer();
let dir: string;
let dbPath: string;

function command(name: 'follow' | 'ingest-url', args: string[]) {
  return run(process.execPath, [join(DIST, `${name}.js`), '--database', dbPath, ...args], {
    env: { ...process.env, ENTENTE_FETCH_ALLOW_PRIVATE: '1' },
    timeout: 120_000,
  }).catch((error: { stdout: string; stderr: string; code: number }) => ({ ...error, failed: true }));
}

function serveFeed(articles: FixtureArticle[]) {
  const items = articles.map((article, index) => ({ article, path: `/d/${index}` }));
  pages.routes.set('/world.rss', {
    headers: { 'content-type': 'application/rss+xml' },
    body: rssFeed(pages.origin, items, { fullContent: true }),
  });
}

async function documentCount(): Promise<number> {
  const store = new SqliteDocumentStore(dbPath);
  try {
    return await store.count();
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  expect(existsSync(join(DIST, 'follow.js')), 'build the API first').toBe(true);
  await pages.start();
  dir = tempDir();
  dbPath = join(dir, 'entente.db');
});
afterAll(() => pages.stop());

describe('entente follow --once', () => {
  const articles = Array.from({ length: 20 }, (_, n) => dispatch(n));

  it('ingests the 20 items of a feed, then none when run again', async () => {
    serveFeed(articles);
    const first = await command('follow', ['--once', `${pages.origin}/world.rss`]);
    expect(first.stdout, first.stderr).toMatch(
      /1 feeds, 20 items: 20 new documents \(\d+ relations\), 0 updated, 0 already stored/,
    );
    expect(await documentCount()).toBe(20);

    const again = await command('follow', ['--once', `${pages.origin}/world.rss`]);
    expect(again.stdout, again.stderr).toMatch(
      /20 items: 0 new documents \(0 relations\), 0 updated, 0 already stored, 20 unchanged/,
    );
    expect(await documentCount()).toBe(20);
  });

  it('replaces the earlier version of an edited item, keeping one document per item', async () => {
    const edited = articles.map((article, n) =>
      n === 5
        ? {
            ...article,
            paragraphs: [
              ...article.paragraphs,
              'Correction: an earlier version misstated the date of the talks.',
            ],
          }
        : article,
    );
    serveFeed(edited);
    const third = await command('follow', ['--once']);
    expect(third.stdout, third.stderr).toMatch(
      /20 items: 0 new documents \(\d+ relations\), 1 updated, 0 already stored, 19 unchanged/,
    );
    expect(await documentCount()).toBe(20);
  });

  it('says clearly when a feed cannot be read, and exits non-zero', async () => {
    const missing = await command('follow', ['--once', `${pages.origin}/gone.rss`]);
    expect(missing.stderr).toContain('answered 404');
    expect((missing as { code?: number }).code).toBe(1);
  });
});

describe('entente ingest-url', () => {
  it('ingests pages, recognises a story already stored, and reports a failure', async () => {
    const article = dispatch(40);
    pages.routes.set('/world/dispatch-40', { body: newsPage(article, pages.origin) });
    const result = await command('ingest-url', [
      `${pages.origin}/world/dispatch-40`,
      `${pages.origin}/world/dispatch-40?utm_source=newsletter`,
      `${pages.origin}/missing`,
    ]);
    expect(result.stdout).toMatch(/^new {8}\S+ {2}.*dispatch 40\) {2}\(\d+ relations\)$/m);
    expect(result.stdout, result.stderr).toMatch(/^duplicate {2}/m);
    expect(result.stderr).toMatch(/failed .*\/missing {2}\[HTTP_STATUS\] .*404/);
    expect(result.stdout).toMatch(/3 URLs: 1 new documents \(\d+ relations\), 1 already stored, 1 failed/);
    expect((result as { code?: number }).code).toBe(1);
  });
});
