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
