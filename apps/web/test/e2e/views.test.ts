/**
 * End to end, the views around the map: phones and tablets, history and shared camera, legibility aids
 * and the framed PNG export — in headless chromium against the real API with the demo corpus.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_COLORS, POLARITY_COLORS } from '@entente/core/common';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  artifacts,
  type E2eApp,
  installPngDecoder,
  measurePng,
  startE2eApp,
  waitForGraph,
} from '../support/e2eApp';

let app: E2eApp;

beforeAll(async () => {
  app = await startE2eApp();
});

afterAll(async () => {
  await app?.close();
});

/** A fresh page of the given size that records page errors. */
async function openPage(
  width: number,
  height: number,
  path: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await app.browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(path, app.server.url).href);
  await waitForGraph(page);
  return { page, errors };
}

/** How far the page runs past the viewport sideways (0 when it does not). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('phones and tablets', () => {
  it('opens a shared link with a selection at 390×844: the panel shows, the map is drawn, nothing overflows', async () => {
    const { page, errors } = await openPage(390, 844, '/?node=israel');
    const panel = page.getByTestId('actor-panel');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Israel');
    expect(await panel.isVisible()).toBe(true);
    const map = await page.getByTestId('sigma-container').boundingBox();
    expect(map?.width).toBe(390);
    expect(map?.height).toBeGreaterThan(150);
    const sheet = await page.locator('.side').boundingBox();
    // The details are a bottom sheet under the map, not a column beside it.
    expect(sheet?.y).toBeGreaterThanOrEqual((map?.y ?? 0) + (map?.height ?? 0));
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The canvas has a text alternative: the map said in words.
    const described = await page.getByTestId('sigma-container').getAttribute('aria-describedby');
    expect(await page.locator(`#${described}`).textContent()).toMatch(
      /^The map shows \d+ actors .* Most central: /,
    );
    await page.screenshot({ path: join(artifacts, 'phone-actor.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a shared relationship link at 390×844 and folds the tools and filters away', async () => {
    const { page, errors } = await openPage(390, 844, '/?tool=relationship&a=turkey&b=israel');
    await expect.poll(() => page.getByTestId('relationship-summary').isVisible()).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // Tools live in a menu: closed, the PNG button is out of sight; opened, it is there.
    expect(await page.getByRole('button', { name: 'PNG' }).isVisible()).toBe(false);
    await page.getByTestId('toggle-menu').click();
    expect(await page.getByRole('button', { name: 'PNG' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(artifacts, 'phone-menu.png') });
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: 'PNG' }).isVisible()).toBe(false);
    // Escape closed the menu only: the relationship view is still open.
    expect(await page.getByTestId('relationship-summary').isVisible()).toBe(true);
    // Filters are a bottom sheet.
    expect(await page.getByTestId('filter-polarity-conflictual').isVisible()).toBe(false);
    await page.getByTestId('toggle-filters').click();
    expect(await page.getByTestId('filter-polarity-conflictual').isVisible()).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(artifacts, 'phone-filters.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lays out a tablet at 768×1024 with the details beside the map and no overflow', async () => {
    const { page, errors } = await openPage(768, 1024, '/?node=turkey&color=community');
    await expect
      .poll(() => page.getByTestId('actor-panel').getByRole('heading', { level: 2 }).textContent())
      .toBe('Turkey');
    const map = await page.getByTestId('sigma-container').boundingBox();
    const side = await page.locator('.side').boundingBox();
    expect(map?.width).toBeGreaterThan(350);
    expect(side?.x).toBeGreaterThanOrEqual((map?.x ?? 0) + (map?.width ?? 0) - 1);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(artifacts, 'tablet-actor.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The camera the address bar holds (null: the whole graph). */
function urlCamera(page: Page): Promise<string | null> {
  return page.evaluate(() => new URLSearchParams(window.location.search).get('cam'));
}

/** Share of pixels that differ between two screenshots of the same size. */
async function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return (await measurePng(page, a, { compareWith: b })).differing ?? 1;
}

describe('history and state', () => {
  it('puts the camera in the URL, steps Back to the previous view and Forward again, focus following the panel', async () => {
    const { page, errors } = await openPage(1366, 768, '/');
    const historyAtStart = await page.evaluate(() => window.history.length);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => urlCamera(page)).not.toBeNull();
    const zoomed = await urlCamera(page);
    // Moving the camera is not a step of its own.
    expect(await page.evaluate(() => window.history.length)).toBe(historyAtStart);
    const map = page.getByTestId('sigma-container');
    const before = await map.screenshot();
    await page.screenshot({ path: join(artifacts, 'history-before.png') });

    const search = page.getByTestId('search');
    await search.getByRole('combobox').fill('Israel');
    await search
      .getByRole('option', { name: /^Israel/ })
      .first()
      .click();
    const panel = page.getByTestId('actor-panel');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Israel');
    // The panel took the focus.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Israel');
    await expect.poll(() => urlCamera(page)).not.toBe(zoomed);
    await page.screenshot({ path: join(artifacts, 'history-selected.png') });

    await page.goBack();
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => urlCamera(page)).toBe(zoomed);
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(artifacts, 'history-back.png') });
    expect(await differingShare(page, before, await map.screenshot())).toBeLessThan(0.002);

    await page.goForward();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Israel');
    expect(new URL(page.url()).searchParams.get('node')).toBe('israel');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a shared camera where it was shared', async () => {
    const { page, errors } = await openPage(1366, 768, '/?cam=0.3,0.4,0.25');
    const zoomed = await page.getByTestId('sigma-container').screenshot();
    const home = await openPage(1366, 768, '/');
    const whole = await home.page.getByTestId('sigma-container').screenshot();
    expect(await differingShare(page, zoomed, whole)).toBeGreaterThan(0.01);
    expect(await urlCamera(page)).toBe('0.3,0.4,0.25');
    expect([...errors, ...home.errors]).toEqual([]);
    await home.page.close();
    await page.close();
  });

  it('offers skip links, and tabs through the details before the filters', async () => {
    const { page, errors } = await openPage(1366, 768, '/?node=turkey');
    await expect.poll(() => page.getByTestId('actor-panel').isVisible()).toBe(true);
    // Skip links come first: back from the first control of the toolbar.
    const search = page.getByTestId('search').getByRole('combobox');
    await search.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
    const skip = page.getByRole('link', { name: 'Skip to the details' });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.screenshot({ path: join(artifacts, 'skip-link.png') });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('details');
    // From the toolbar on, Tab reaches a control of the details before any filter.
    await search.focus();
    let reached: string | null = null;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => {
        const active = document.activeElement;
        if (active?.closest('.side')) return 'details';
        if (active?.closest('.sidebar')) return 'filters';
        return null;
      });
    }
    expect(reached).toBe('details');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a half-built comparison when the map is clicked, and Escape closes it', async () => {
    const { page, errors } = await openPage(1366, 768, '/?node=israel');
    await page.getByRole('button', { name: 'Compare with another actor…' }).click();
    const view = page.getByTestId('relationship-view');
    await view.waitFor();
    const box = await page.getByTestId('sigma-container').boundingBox();
    // A corner of the map: empty background.
    await page.mouse.click((box?.x ?? 0) + 8, (box?.y ?? 0) + (box?.height ?? 0) - 8);
    await page.waitForTimeout(300);
    expect(await view.isVisible()).toBe(true);
    expect(await page.getByTestId('pair-a').getByRole('combobox').inputValue()).toBe('Israel');
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('legibility and export', () => {
  it('names an edge in a tooltip when the pointer rests a few pixels off its line', async () => {
    const { page, errors } = await openPage(1366, 768, '/');
    const map = page.getByTestId('sigma-container');
    const box = (await map.boundingBox())!;
    // Hostility edges are the only red on the map (nodes never use polarity colours): find their pixels.
    await installPngDecoder(page);
    const red = await page.evaluate(
      async ({ base64, colour, nodeColours }) => {
        const { data, width, height } = await window.__decodePng!(base64);
        const rgbOf = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
        const near = (x: number, y: number, hex: string, tolerance: number) => {
          const i = (y * width + x) * 4;
          const [r, g, b] = rgbOf(hex);
          return (
            Math.abs(data[i]! - r!) < tolerance &&
            Math.abs(data[i + 1]! - g!) < tolerance &&
            Math.abs(data[i + 2]! - b!) < tolerance
          );
        };
        const white = (x: number, y: number) => {
          const i = (y * width + x) * 4;
          return data[i]! > 240 && data[i + 1]! > 240 && data[i + 2]! > 240;
        };
        // Points 4 px beside a red (hostility) pixel, with only white around them and no node nearby.
        const spots: { x: number; y: number }[] = [];
        for (let y = 20; y < height - 20 && spots.length < 40; y += 2) {
          for (let x = 20; x < width - 20 && spots.length < 40; x += 2) {
            if (!near(x, y, colour, 50)) continue;
            for (const [dx, dy] of [
              [0, 4],
              [0, -4],
              [4, 0],
              [-4, 0],
            ] as const) {
              const px = x + dx;
              const py = y + dy;
              let clean = true;
              for (let yy = py - 2; yy <= py + 2 && clean; yy++)
                for (let xx = px - 2; xx <= px + 2 && clean; xx++) clean = white(xx, yy);
              for (let yy = py - 12; yy <= py + 12 && clean; yy++)
                for (let xx = px - 12; xx <= px + 12 && clean; xx++)
                  clean = !nodeColours.some((hex) => near(xx, yy, hex, 20));
              if (clean) {
                spots.push({ x: px, y: py });
                break;
              }
            }
          }
        }
        return spots;
      },
      {
        base64: (await map.screenshot()).toString('base64'),
        colour: POLARITY_COLORS.conflictual,
        nodeColours: Object.values(KIND_COLORS),
      },
    );
    expect(red.length).toBeGreaterThan(0);
    const tooltip = page.getByTestId('edge-tooltip');
    let shown = false;
    for (const spot of red.slice(0, 12)) {
      await page.mouse.move(box.x + spot.x, box.y + spot.y);
      await page.waitForTimeout(120);
      if (await tooltip.isVisible()) {
        shown = true;
        break;
      }
    }
    expect(shown).toBe(true);
    const text = (await tooltip.textContent()) ?? '';
    expect(text).toMatch(/opposes|criticizes|blocks/);
    expect(text).toMatch(/\d+ sources?/);
    await page.screenshot({ path: join(artifacts, 'edge-tooltip.png') });
    // A click there opens that relation's evidence.
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => page.getByTestId('edge-panel').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports a PNG framed to every visible actor, with title, filter caption, legend and source credit', async () => {
    const { page, errors } = await openPage(1366, 768, '/?pol=cooperative,conflictual');
    // Zoomed far in, the screen cuts most of the graph; the export must not.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(800);
    const mapBox = (await page.getByTestId('sigma-container').boundingBox())!;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG' }).click(),
    ]);
    const png = readFileSync((await download.path())!);
    writeFileSync(join(artifacts, 'export.png'), png);
    const whole = await measurePng(page, png);
    expect(whole.width).toBe(Math.round(mapBox.width));
    // The map sits between two grey rules: the first is the bottom of the header.
    const mapTop = (whole.ruleRows[0] ?? -1) + 1;
    const mapHeight = Math.round(mapBox.height);
    expect(mapTop).toBeGreaterThan(30);
    expect(whole.height).toBeGreaterThan(mapTop + mapHeight + 40);
    // Header: a title and the caption naming the filter in force (dark text pixels).
    expect(
      (await measurePng(page, png, { region: { x: 0, y: 0, width: whole.width, height: mapTop - 1 } }))
        .painted,
    ).toBeGreaterThan(400);
    // Legend under the map: the relation lines and the actor kinds' dots.
    const legendArea = {
      x: 0,
      y: mapTop + mapHeight + 1,
      width: whole.width,
      height: whole.height - mapTop - mapHeight - 1,
    };
    const legend = await measurePng(page, png, {
      region: legendArea,
      colours: [
        POLARITY_COLORS.cooperative,
        POLARITY_COLORS.conflictual,
        POLARITY_COLORS.neutral,
        KIND_COLORS.state,
        KIND_COLORS.person,
      ],
    });
    for (const count of legend.near) expect(count).toBeGreaterThan(20);
    // Framed: no node colour on the map's outer 4 px, although the screen was zoomed in.
    const kinds = Object.values(KIND_COLORS);
    for (const edge of [
      { x: 0, y: mapTop, width: whole.width, height: 4 },
      { x: 0, y: mapTop + mapHeight - 4, width: whole.width, height: 4 },
      { x: 0, y: mapTop, width: 4, height: mapHeight },
      { x: whole.width - 4, y: mapTop, width: 4, height: mapHeight },
    ]) {
      const border = await measurePng(page, png, { region: edge, colours: kinds });
      expect(border.near.reduce((sum, n) => sum + n, 0)).toBe(0);
    }
    const map = await measurePng(page, png, {
      region: { x: 0, y: mapTop, width: whole.width, height: mapHeight },
      colours: [POLARITY_COLORS.conflictual, KIND_COLORS.state],
    });
    expect(map.near[0]).toBeGreaterThan(0);
    expect(map.near[1]).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    await page.close();
  });
});
