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

describe('lists beside the map', () => {
  it('opens the relationship of an alliance from the list, within the map’s filter', async () => {
    await open('/?tool=lists');
    const lists = page.getByTestId('lists');
    await lists.waitFor();
    const api = await queryApi<{ alliances: { a: { id: string; name: string }; b: { name: string } }[] }>(
      app,
      '{ alliances(limit: 25) { a { id name } b { name } } }',
    );
    const rows = lists.getByTestId('list-alliances').getByTestId('list-row');
    await expect.poll(() => rows.count()).toBe(api.alliances.length);
    const first = api.alliances[0]!;
    expect(await rows.first().textContent()).toContain(`${first.a.name} – ${first.b.name}`);
    await page.screenshot({ path: join(artifacts, 'e2e-lists-alliances.png') });
    await rows.first().click();
    const view = page.getByTestId('relationship-view');
    await view.waitFor();
    await expect.poll(() => view.getByTestId('pair-a').locator('input').inputValue()).toBe(first.a.name);
    await expect.poll(() => view.getByTestId('pair-b').locator('input').inputValue()).toBe(first.b.name);
    expect(
      await view.getByTestId('relationship-summary').locator('.relationship-label').textContent(),
    ).toMatch(/Allied/);
    // Back returns to the list.
    await page.goBack();
    await lists.waitFor();

    // Tensions, within a date range: the list is the API's for that range.
    await open('/?tool=lists&list=tensions&since=2025-11-11');
    const tensions = await queryApi<{ tensions: unknown[] }>(
      app,
      '{ tensions(limit: 25, filter: { since: "2025-11-11" }) { score } }',
    );
    await expect
      .poll(() => page.getByTestId('list-tensions').getByTestId('list-row').count())
      .toBe(tensions.tensions.length);
    expect(await page.getByTestId('lists').getByTestId('panel-scope').textContent()).toContain(
      'from 11 Nov 2025',
    );
    expect(pageErrors).toEqual([]);
  });

  it('lists central actors and triads, and tables of actors and relations that sort, filter and scroll', async () => {
    await open('/?tool=lists&list=central');
    const central = page.getByTestId('list-central').getByTestId('list-row');
    await expect.poll(() => central.count()).toBeGreaterThan(5);
    await page.getByTestId('tab-triads').click();
    const triads = await queryApi<{ unbalancedTriads: unknown[] }>(
      app,
      '{ unbalancedTriads(limit: 25) { signs } }',
    );
    if (triads.unbalancedTriads.length === 0) await page.getByTestId('triads-balanced').waitFor();
    else {
      await expect
        .poll(() => page.getByTestId('list-triads').locator(':scope > li').count())
        .toBe(triads.unbalancedTriads.length);
    }

    await page.getByTestId('tab-relations').click();
    const table = page.getByTestId('table-relations');
    await table.waitFor();
    const visible = (await mapCounts(page)).visibleEdges;
    expect(Number(await table.getAttribute('aria-rowcount'))).toBe(visible + 1);
    // Virtualised: far fewer rows in the page than relations on the map.
    const drawn = await table.getByTestId('vtable-row').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(visible);
    await page.screenshot({ path: join(artifacts, 'e2e-lists-relations.png') });

    await page.getByTestId('tab-actors').click();
    const actors = page.getByTestId('table-actors');
    await page.getByRole('searchbox', { name: 'Filter the actors' }).fill('isra');
    await expect.poll(() => actors.getByTestId('vtable-row').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Filter the actors' }).fill('');
    await actors.getByRole('button', { name: /^Actor/ }).click();
    const names = await actors
      .getByTestId('vtable-row')
      .locator('[role="cell"]:first-child')
      .allTextContents();
    expect(names.slice(0, 5)).toEqual(
      [...names.slice(0, 5)].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
    await page.getByRole('searchbox', { name: 'Filter the actors' }).fill('turk');
    await actors.getByTestId('vtable-row').filter({ hasText: 'Turkey' }).first().click();
    await expect
      .poll(() => page.getByTestId('actor-panel').getByRole('heading', { level: 2 }).textContent())
      .toBe('Turkey');
    expect(pageErrors).toEqual([]);
  });

  it('lists the unbalanced triads within the map’s filter: narrowing the dates changes them as it changes the map', async () => {
    // The demo corpus is balanced: three articles make Peru, Chile and Bolivia a triad that holds only
    // once Peru turns on Bolivia (10 November).
    const articles = [
      ['2025-11-04', 'Peru and Chile signed a defence cooperation agreement in Lima on Tuesday.'],
      ['2025-11-05', 'Chile and Bolivia signed a trade agreement in Santiago, deepening their alliance.'],
      ['2025-11-10', 'Peru condemned Bolivia for its border incursions and imposed sanctions on Bolivia.'],
    ];
    for (const [publishedAt, text] of articles) {
      const added = await queryApi<{ ingestArticle: { __typename: string } }>(
        app,
        'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { __typename } }',
        { input: { text, publishedAt, title: `Andes ${publishedAt}` } },
      );
      expect(added.ingestArticle.__typename).toBe('IngestSuccess');
    }
    await open('/?tool=lists&list=triads');
    const rows = page.getByTestId('list-triads').locator(':scope > li');
    await expect.poll(() => rows.filter({ hasText: 'Bolivia, Chile, Peru' }).count()).toBe(1);
    expect(await page.getByTestId('lists').getByTestId('panel-scope').count()).toBe(0);
    await page.screenshot({ path: join(artifacts, 'e2e-lists-triads.png') });

    // Before 9 November Peru and Bolivia have no tie on the map, and the triad is gone from the tab too.
    await brush('2025-11-03', '2025-11-08');
    await expect.poll(() => new URL(page.url()).searchParams.get('until')).toBe('2025-11-08');
    const within = await queryApi<{ graph: { edges: { id: string }[] }; unbalancedTriads: unknown[] }>(
      app,
      `{ graph(filter: { since: "2025-11-03", until: "2025-11-08", hideIsolated: false }) { edges { id } }
         unbalancedTriads(limit: 25, filter: { since: "2025-11-03", until: "2025-11-08" }) { signs } }`,
    );
    expect(within.graph.edges.map((edge) => edge.id)).not.toContain('peru|criticizes|bolivia');
    await expect.poll(async () => (await mapCounts(page)).visibleEdges).toBe(within.graph.edges.length);
    await expect
      .poll(async () =>
        (await page.getByTestId('triads-balanced').count()) > 0
          ? 0
          : await page.getByTestId('list-triads').locator(':scope > li').count(),
      )
      .toBe(within.unbalancedTriads.length);
    expect(await rows.filter({ hasText: 'Bolivia, Chile, Peru' }).count()).toBe(0);
    expect(await page.getByTestId('lists').getByTestId('panel-scope').textContent()).toContain(
      '3 Nov 2025 – 8 Nov 2025',
    );
    await page.screenshot({ path: join(artifacts, 'e2e-lists-triads-narrowed.png') });

    // Back restores the whole span, and the triad with it.
    await page.goBack();
    await expect.poll(() => rows.filter({ hasText: 'Bolivia, Chile, Peru' }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('finds a path between two actors, through cooperative relations only or any', async () => {
    await open('/?tool=lists&list=path');
    const finder = page.getByTestId('path-finder');
    await finder.waitFor();
    const pick = async (testId: string, text: string, option: string) => {
      const box = finder.getByTestId(testId);
      await box.getByRole('combobox').fill(text);
      await box
        .getByRole('option', { name: new RegExp(`^${option}`) })
        .first()
        .click();
    };
    await pick('path-from', 'Israel', 'Israel');
    await pick('path-to', 'Qatar', 'Qatar');
    await page.getByTestId('path-any').check();
    const any = await queryApi<{ path: { length: number } }>(
      app,
      '{ path(from: "israel", to: "qatar") { ... on Path { length } } }',
    );
    const steps = finder.getByTestId('path-steps');
    await expect.poll(() => steps.locator(':scope > li').count()).toBe(any.path.length + 1);
    await page.screenshot({ path: join(artifacts, 'e2e-lists-path.png') });
    await page.getByTestId('path-cooperative').check();
    const cooperative = await queryApi<{ path: { length?: number } }>(
      app,
      '{ path(from: "israel", to: "qatar", polarity: cooperative) { ... on Path { length } ... on NotFoundError { id } } }',
    );
    if (cooperative.path.length === undefined) await finder.getByTestId('path-none').waitFor();
    else await expect.poll(() => steps.locator(':scope > li').count()).toBe(cooperative.path.length + 1);
    expect(pageErrors).toEqual([]);
  });
});

describe('documents', () => {
  it('lists the articles, reads one with its relations marked in the text, and removes it', async () => {
    const before = await queryApi<{
      documents: { totalCount: number; nodes: { id: string; title: string; relations: { id: string }[] }[] };
      graph: { edges: unknown[] };
    }>(
      app,
      '{ documents(first: 50) { totalCount nodes { id title relations { id } } } graph(filter: { hideIsolated: false }) { edges { id } } }',
    );
    await open('/?tool=documents');
    const panel = page.getByTestId('documents');
    const rows = panel.getByTestId('document-row');
    await expect.poll(() => rows.count()).toBe(before.documents.nodes.length);
    expect(await panel.getByTestId('documents-total').textContent()).toContain(
      `${before.documents.totalCount} article`,
    );
    const target = before.documents.nodes.find((doc) => doc.relations.length > 0)!;
    const row = rows.filter({ hasText: target.title });
    expect(await row.first().textContent()).toContain(`${target.relations.length} relation`);
    await page.screenshot({ path: join(artifacts, 'e2e-documents-list.png') });

    await row.first().click();
    const reader = page.getByTestId('document-reader');
    await reader.waitFor();
    expect(new URL(page.url()).searchParams.get('doc')).toBe(target.id);
    // Every marked passage is a quote the API gives as this article's evidence.
    const detail = await queryApi<{
      document: {
        text: string;
        relations: { evidence: { start: number; end: number; document: { id: string } }[] }[];
      };
    }>(
      app,
      'query ($id: ID!) { document(id: $id) { ... on Document { text relations { evidence { start end document { id } } } } } }',
      {
        id: target.id,
      },
    );
    const quotes = detail.document.relations
      .flatMap((relation) => relation.evidence)
      .filter((piece) => piece.document.id === target.id)
      .map((piece) => detail.document.text.slice(piece.start, piece.end));
    const marks = await reader.getByTestId('document-mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks)
      expect(quotes.some((quote) => mark.includes(quote) || quote.includes(mark))).toBe(true);
    expect((await reader.getByTestId('document-text').textContent())?.length).toBe(
      detail.document.text.length,
    );
    await page.screenshot({ path: join(artifacts, 'e2e-document-reader.png') });

    await reader.getByTestId('document-remove').click();
    await reader.getByTestId('document-remove-confirm').click();
    await panel.getByTestId('documents-notice').waitFor();
    await expect.poll(() => rows.count()).toBe(before.documents.nodes.length - 1);
    expect(await rows.filter({ hasText: target.title }).count()).toBe(0);
    const after = await queryApi<{ documents: { totalCount: number }; graph: { edges: unknown[] } }>(
      app,
      '{ documents { totalCount } graph(filter: { hideIsolated: false }) { edges { id } } }',
    );
    expect(after.documents.totalCount).toBe(before.documents.totalCount - 1);
    // The map reloaded: it holds what the API holds now.
    await expect.poll(async () => (await mapCounts(page)).totalEdges).toBe(after.graph.edges.length);
    await page.screenshot({ path: join(artifacts, 'e2e-document-removed.png') });
    expect(pageErrors).toEqual([]);
  });

  it('warns when an article names no actor, notes one with actors but no relation, and highlights new and strengthened relations apart', async () => {
    await open('/?tool=ingest');
    const form = page.getByTestId('ingest-form');
    const outcome = form.getByTestId('ingest-outcome');
    const add = async (title: string, text: string) => {
      await form.getByTestId('ingest-text').fill(text);
      await form.getByTestId('ingest-title').fill(title);
      await form.getByRole('button', { name: 'Add to graph' }).click();
      await expect.poll(() => outcome.textContent()).toContain(`“${title}”`);
    };

    // A recipe names no actor: the analyst is warned that it is likely not about diplomacy.
    await add(
      'Victoria sponge',
      'Preheat the oven to 180 degrees. Cream the butter and sugar, beat in three eggs, fold in the flour and bake for forty minutes.',
    );
    expect(await outcome.textContent()).toContain(
      'Entente found no actor in this article — is it about diplomacy?',
    );
    expect(await outcome.getAttribute('class')).toContain('state-warning');
    await page.screenshot({ path: join(artifacts, 'e2e-ingest-no-actor.png') });

    // Actors but no relation between them: stored as it should be, with a milder note naming them.
    await add('Geneva summit', 'The foreign ministers of Peru and Bolivia attended the summit in Geneva.');
    expect(await outcome.textContent()).toContain(
      '2 actors found (Peru and Bolivia), but no relation between them',
    );
    expect(await outcome.getAttribute('class')).toContain('state-note');
    await page.screenshot({ path: join(artifacts, 'e2e-ingest-no-relation.png') });

    // New relations (Norway, Sudan, Chad) and one the demo corpus already reports (Turkey criticizes
    // Israel), drawn apart and counted apart; the camera (in the address: cam=x,y,ratio) frames them.
    const known = await queryApi<{ relation: { weight?: number } }>(
      app,
      '{ relation(id: "turkey|criticizes|israel") { ... on Relation { weight } } }',
    );
    expect(known.relation.weight).toBeGreaterThan(0);
    const camera = () => new URL(page.url()).searchParams.get('cam');
    const before = await camera();
    await add(
      'Oslo talks',
      'Norway hosted talks between Sudan and Chad in Oslo on Monday. Sudan criticized Chad for sheltering armed groups. Turkey criticized Israel over Gaza.',
    );
    const status = page.getByTestId('live-recent');
    await status.waitFor();
    const added = Number(await status.getAttribute('data-added'));
    const strengthened = Number(await status.getAttribute('data-strengthened'));
    expect(added).toBeGreaterThanOrEqual(3);
    expect(strengthened).toBe(1);
    expect(await outcome.textContent()).toBe(
      `Added “Oslo talks”: ${added} new relations, 1 strengthened, highlighted on the map.`,
    );
    expect(await status.textContent()).toContain(`${added} new relations, 1 strengthened highlighted`);
    const after = await queryApi<{ relation: { weight?: number } }>(
      app,
      '{ relation(id: "turkey|criticizes|israel") { ... on Relation { weight } } }',
    );
    expect(after.relation.weight).toBe(known.relation.weight! + 1);
    await expect.poll(camera, { timeout: 5_000 }).not.toEqual(before);
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(artifacts, 'e2e-ingest-framed.png') });
    expect(pageErrors).toEqual([]);
  });
});
