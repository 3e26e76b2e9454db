/**
 * End to end, the views around the map: phones and tablets, history and shared camera, legibility aids
 * and the framed PNG export — in headless chromium against the real API with the demo corpus.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, type E2eApp, startE2eApp, waitForGraph } from '../support/e2eApp';

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

/** Share of pixels that differ between two screenshots of the same size (decoded by the page). */
async function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([first, second]) => {
      const pixels = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [x, y] = [await pixels(first!), await pixels(second!)];
      let differing = 0;
      for (let i = 0; i < x.length; i += 4) {
        if (Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!) > 30)
          differing++;
      }
      return differing / (x.length / 4);
    },
    [a.toString('base64'), b.toString('base64')],
  );
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
