/**
 * End to end, following the news (issue 12): an article added by its address, previewed first, its
 * relations highlighted on the map; and, with the app open, an item published in a followed feed on a
 * loopback server reaching the map without a reload.
 */
import { dispatch, FixtureServer, newsPage, rssFeed } from '@entente/sources/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eApp, mapCounts, startE2eApp, waitForGraph } from '../support/e2eApp';

/** The feed poll interval of this test: items must reach the map within 5 s of their publication. */
const POLL_MS = 1000;

let app: E2eApp;
let page: Page;
const pages = new FixtureServer();
const pageErrors: string[] = [];
const savedSetting = process.env.ENTENTE_FETCH_ALLOW_PRIVATE;

beforeAll(async () => {
  // The pages live on loopback, which the server refuses to fetch unless told otherwise.
  process.env.ENTENTE_FETCH_ALLOW_PRIVATE = '1';
  await pages.start();
  app = await startE2eApp({ feedPollIntervalMs: POLL_MS, feedHostIntervalMs: 0 });
  page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(app.server.url);
  await waitForGraph(page);
}, 120_000);

afterAll(async () => {
  await app?.close();
  await pages.stop();
  if (savedSetting === undefined) delete process.env.ENTENTE_FETCH_ALLOW_PRIVATE;
  else process.env.ENTENTE_FETCH_ALLOW_PRIVATE = savedSetting;
});

const recentCount = async () =>
  Number((await page.getByTestId('live-recent').getAttribute('data-count')) ?? 0);

describe('following the news', () => {
  it('adds an article by its address: preview, add, new relations highlighted', async () => {
    const article = dispatch(14);
    pages.routes.set('/world/dispatch-14', { body: newsPage(article, pages.origin) });
    const before = await mapCounts(page);
    await page.getByTestId('open-ingest').click();
    await page.getByTestId('ingest-url').fill(`${pages.origin}/world/dispatch-14`);
    await page.getByTestId('preview-url').click();
    const preview = page.getByTestId('url-preview');
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.locator('h3').textContent()).toBe(article.title);
    expect(await preview.textContent()).toContain(article.paragraphs[0]!.slice(0, 80));
    expect(await preview.textContent()).toContain('The Meridian Ledger');
    await page.getByTestId('add-url').click();
    const outcome = page.getByTestId('url-outcome');
    await outcome.waitFor({ timeout: 60_000 });
    expect(await outcome.textContent()).toMatch(
      /^Added “.*dispatch 14\)”: (\d+ new relations?(, \d+ strengthened)?|\d+ relations? strengthened), highlighted on the map\.$/,
    );
    await page.getByTestId('live-recent').waitFor();
    expect(await recentCount()).toBeGreaterThan(0);
    await page.waitForFunction(
      (edges) =>
        Number(document.querySelector('[data-testid="graph-counts"]')?.getAttribute('data-total-edges')) >
        edges,
      before.totalEdges,
      { timeout: 30_000 },
    );
    await page.getByTestId('live-recent').getByRole('button', { name: 'Clear' }).click();
  });

  it('shows an item published in a followed feed on the open map, without a reload, within 5 s', async () => {
    const items = [{ article: dispatch(13), path: '/d/13' }];
    const publish = () =>
      pages.routes.set('/world.rss', {
        headers: { 'content-type': 'application/rss+xml' },
        body: rssFeed(pages.origin, items, { fullContent: true }),
      });
    publish();
    await page.getByTestId('open-feeds').click();
    await page.getByTestId('feed-url').fill(`${pages.origin}/world.rss`);
    await page.getByTestId('add-feed').click();
    // The feed's first item arrives; the panel shows the feed and its counts.
    await page.getByTestId('live-recent').waitFor({ timeout: 60_000 });
    await page.getByTestId('feed').filter({ hasText: '1 item · 1 document' }).waitFor({ timeout: 15_000 });
    await page.getByTestId('live-recent').getByRole('button', { name: 'Clear' }).click();

    const marker = await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
      return true;
    });
    const before = await mapCounts(page);
    items.push({ article: dispatch(10), path: '/d/10' });
    const published = Date.now();
    publish();
    await page.getByTestId('live-recent').waitFor({ timeout: 5000 });
    await page.waitForFunction(
      (edges) =>
        Number(document.querySelector('[data-testid="graph-counts"]')?.getAttribute('data-total-edges')) >
        edges,
      before.totalEdges,
      { timeout: Math.max(100, 5000 - (Date.now() - published)) },
    );
    const elapsed = Date.now() - published;
    console.log(`feed item on the map ${elapsed} ms after its publication (poll interval ${POLL_MS} ms)`);
    expect(elapsed).toBeLessThan(5000);
    expect(await recentCount()).toBeGreaterThan(0);
    // The same page all along: no reload happened.
    expect(marker).toBe(true);
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);
    await page.screenshot({ path: 'artifacts/live-feed.png' });
    expect(pageErrors).toEqual([]);
  });
});
