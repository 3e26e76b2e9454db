/**
 * End to end, the analyst's workbench (issue 10): the evidence timeline under the map, whose brush and
 * play drive the map and every panel alike.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, type E2eApp, mapCounts, queryApi, startE2eApp, waitForGraph } from '../support/e2eApp';

let app: E2eApp;
let page: Page;
const pageErrors: string[] = [];
beforeAll(async () => {
  app = await startE2eApp();
  page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
afterAll(() => app?.close());

/** The page at a path of the app, drawn. */
async function open(path: string): Promise<void> {
  await page.goto(new URL(path, app.server.url).href);
  await waitForGraph(page);
}

/** Drag across the timeline from one day to another (both inclusive). */
async function brush(from: string, to: string): Promise<void> {
  const plot = page.getByTestId('timeline-plot');
  const box = (await plot.boundingBox())!;
  const first = Date.parse(`${await plot.getAttribute('data-first')}T00:00:00Z`);
  const last = Date.parse(`${await plot.getAttribute('data-last')}T00:00:00Z`);
  const days = (last - first) / 86_400_000 + 1;
  const xOf = (date: string) =>
    box.x + ((Date.parse(`${date}T00:00:00Z`) - first) / 86_400_000 + 0.5) * (box.width / days);
  const y = box.y + box.height / 2;
  await page.mouse.move(xOf(from), y);
  await page.mouse.down();
  await page.mouse.move((xOf(from) + xOf(to)) / 2, y, { steps: 3 });
  await page.mouse.move(xOf(to), y, { steps: 3 });
  await page.mouse.up();
}

/** The dates of the evidence a panel lists ("3 Nov 2025" …). */
async function evidenceDates(testId: string): Promise<string[]> {
  return page.getByTestId(testId).locator('.evidence-meta').allTextContents();
}

describe('the timeline under the map', () => {
  it('shows the evidence over the data’s range, and its brush narrows the map and the panels alike', async () => {
    await open('/?tool=relationship&a=israel&b=turkey');
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor();
    const data = await queryApi<{ evidenceTimeline: { first: string; last: string; days: unknown[] } }>(
      app,
      '{ evidenceTimeline { first last days { date } } }',
    );
    expect(data.evidenceTimeline.first).toBe('2025-11-03');
    expect(await page.getByTestId('timeline-span').textContent()).toContain('3 Nov 2025 – 12 Nov 2025');
    // One bar a day from the first to the last day, empty days included.
    expect(await page.getByTestId('timeline-bar').count()).toBe(10);

    const summary = page.getByTestId('relationship-summary');
    await summary.waitFor();
    await expect
      .poll(async () => (await evidenceDates('relationship-view')).join('|'))
      .toContain('3 Nov 2025');
    const before = await mapCounts(page);
    await page.screenshot({ path: join(artifacts, 'e2e-timeline-all.png') });

    await brush('2025-11-06', '2025-11-12');
    await expect.poll(() => new URL(page.url()).searchParams.get('since')).toBe('2025-11-06');
    expect(new URL(page.url()).searchParams.get('until')).toBe('2025-11-12');
    // The map: exactly the relations the API dates within the range.
    const within = await queryApi<{ graph: { edges: unknown[] } }>(
      app,
      '{ graph(filter: { since: "2025-11-06", until: "2025-11-12", hideIsolated: false }) { edges { id } } }',
    );
    await expect.poll(async () => (await mapCounts(page)).visibleEdges).toBe(within.graph.edges.length);
    expect(within.graph.edges.length).toBeLessThan(before.visibleEdges);
    // The relationship panel: the 3 November evidence is gone, and the panel says why.
    await expect
      .poll(async () => (await evidenceDates('relationship-view')).join('|'))
      .not.toContain('3 Nov 2025');
    const dates = await evidenceDates('relationship-view');
    expect(dates.length).toBeGreaterThan(0);
    expect(await page.getByTestId('relationship-view').getByTestId('panel-scope').textContent()).toContain(
      '6 Nov 2025 – 12 Nov 2025',
    );
    expect(await page.getByTestId('timeline-selection').textContent()).toContain('6 Nov 2025 – 12 Nov 2025');
    await page.screenshot({ path: join(artifacts, 'e2e-timeline-brushed.png') });

    // The actor panel and the edge panel read within the same range.
    await open('/?node=israel&since=2025-11-06&until=2025-11-12');
    const actor = page.getByTestId('actor-panel');
    await actor.getByTestId('panel-scope').waitFor();
    await expect.poll(async () => (await evidenceDates('actor-panel')).length).toBeGreaterThan(0);
    expect((await evidenceDates('actor-panel')).join('|')).not.toContain('3 Nov 2025');
    await open(`/?edge=${encodeURIComponent('israel|blocks|turkey')}&since=2025-11-06`);
    await page.getByTestId('edge-out-of-scope').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('picks one day with a click, plays through time, and never takes a reversed range silently', async () => {
    await open('/');
    const plot = page.getByTestId('timeline-plot');
    await plot.waitFor();
    const bar = page.locator('[data-testid="timeline-bar"][data-start="2025-11-07"] rect').first();
    await bar.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('since')).toBe('2025-11-07');
    expect(new URL(page.url()).searchParams.get('until')).toBe('2025-11-07');

    // Play walks the one-day window from the first day onwards, as one step of history.
    const entries = await page.evaluate(() => history.length);
    await page.getByTestId('timeline-play').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('since')).toBe('2025-11-03');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('since'), { timeout: 10_000 })
      .toBe('2025-11-05');
    expect(new URL(page.url()).searchParams.get('until')).toBe('2025-11-05');
    await page.screenshot({ path: join(artifacts, 'e2e-timeline-playing.png') });
    await page.getByTestId('timeline-play').click();
    expect(await page.getByTestId('timeline-play').getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);

    // A range typed the wrong way round is swapped, and the user is told.
    await page.getByTestId('timeline-selection').getByRole('button', { name: 'all dates' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('since')).toBeNull();
    await page.getByTestId('filter-since').fill('2025-11-11');
    await page.getByTestId('filter-until').fill('2025-11-04');
    await page.getByTestId('dates-swapped').waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('since')).toBe('2025-11-04');
    expect(new URL(page.url()).searchParams.get('until')).toBe('2025-11-11');
    expect((await mapCounts(page)).visibleEdges).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });
});
