/**
 * What every end-to-end file starts from: the built app (rebuilt when older than its sources), served by
 * the real API (startServer, seeded with the demo corpus, SQLite in a temp file), and headless chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@entente/api';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from './browser.mjs';

export const webRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const repoRoot = join(webRoot, '..', '..');
export const dist = join(webRoot, 'dist');
/** Screenshots and exported files the tests leave for people to look at. */
export const artifacts = join(webRoot, 'artifacts');

/** Newest modification time under a path, so a build older than its sources gets rebuilt. */
function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function distIsStale(): boolean {
  const built = join(dist, 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['src', 'index.html', 'vite.config.ts'].map((name) => newestMtime(join(webRoot, name)));
  return Math.max(...sources) > statSync(built).mtimeMs;
}

export interface E2eApp {
  server: Awaited<ReturnType<typeof startServer>>;
  browser: Browser;
  close(): Promise<void>;
}

/** `server` overrides the API's options (a test's feed poll interval, say). */
export async function startE2eApp(server: Parameters<typeof startServer>[0] = {}): Promise<E2eApp> {
  if (distIsStale()) await build({ root: webRoot, logLevel: 'warn' });
  const tempDir = mkdtempSync(join(tmpdir(), 'entente-web-e2e-'));
  const api = await startServer({
    port: 0,
    dbPath: join(tempDir, 'entente.db'),
    webDist: dist,
    seedCorpus: join(repoRoot, 'data', 'corpus'),
    // Seeding must not fail because a shared CI machine is busy: the budget guards servers, not tests.
    extractionTimeoutMs: 60_000,
    quiet: true,
    ...server,
  });
  const browser = await launchChromium();
  mkdirSync(artifacts, { recursive: true });
  return {
    server: api,
    browser,
    async close() {
      await browser.close();
      await api.close();
      rmSync(tempDir, { recursive: true, force: true });
    },
  };
}

/** Wait for the map's first frame, and one more frame so it is on screen. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__entente?.firstRenderAt != null, null, { timeout: 60_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

/** Ask the API directly (a test's source of truth about the data). */
export async function queryApi<T>(
  app: E2eApp,
  text: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(new URL('/graphql', app.server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text, variables }),
  });
  const body = (await response.json()) as { data: T };
  return body.data;
}

export interface MapCounts {
  visibleNodes: number;
  visibleEdges: number;
  totalNodes: number;
  totalEdges: number;
}

/** The map's counts line, as numbers. */
export async function mapCounts(page: Page): Promise<MapCounts> {
  const element = page.getByTestId('graph-counts');
  const read = async (name: string) => Number(await element.getAttribute(`data-${name}`));
  return {
    visibleNodes: await read('visible-nodes'),
    visibleEdges: await read('visible-edges'),
    totalNodes: await read('total-nodes'),
    totalEdges: await read('total-edges'),
  };
}

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PixelReport {
  width: number;
  height: number;
  /** Pixels in the region that are not (near) white. */
  painted: number;
  /** Pixels in the region within 30 per channel of each of the colours asked for, in order. */
  near: number[];
  /** Rows of the whole image painted in one colour other than white, edge to edge (rules). */
  ruleRows: number[];
  /** With a second image of the same size: the share of its pixels that differ from the first. */
  differing: number | null;
}

declare global {
  interface Window {
    /** Installed by `installPngDecoder`: a PNG (base64) to its pixels. */
    __decodePng?: (base64: string) => Promise<ImageData>;
  }
}

/** Give the page a PNG decoder (the browser is the PNG decoder at hand), for tests that read pixels. */
export async function installPngDecoder(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__decodePng ??= async (base64: string) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height);
    };
  });
}

/**
 * Decode PNGs in the page and measure the first: painted pixels and pixels near `colours` (#rrggbb)
 * within `region` (the whole image by default), full-width rules, and how much a second image differs
 * from it.
 */
export async function measurePng(
  page: Page,
  png: Buffer,
  options: { colours?: string[]; region?: Region; compareWith?: Buffer } = {},
): Promise<PixelReport> {
  await installPngDecoder(page);
  return page.evaluate(
    async ({ images, colours, region }) => {
      const decode = window.__decodePng!;
      const first = await decode(images[0]!);
      const { data, width, height } = first;
      const rgb = colours.map((hex) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)));
      const area = region ?? { x: 0, y: 0, width, height };
      let painted = 0;
      const near = rgb.map(() => 0);
      for (let y = Math.max(0, area.y); y < Math.min(height, area.y + area.height); y++) {
        for (let x = Math.max(0, area.x); x < Math.min(width, area.x + area.width); x++) {
          const i = (y * width + x) * 4;
          if (data[i]! < 245 || data[i + 1]! < 245 || data[i + 2]! < 245) painted++;
          rgb.forEach(([r, g, b], k) => {
            if (
              Math.abs(data[i]! - r!) < 30 &&
              Math.abs(data[i + 1]! - g!) < 30 &&
              Math.abs(data[i + 2]! - b!) < 30
            )
              near[k]!++;
          });
        }
      }
      const ruleRows: number[] = [];
      for (let y = 0; y < height; y++) {
        const row = y * width * 4;
        if (data[row]! >= 250 && data[row + 1]! >= 250 && data[row + 2]! >= 250) continue;
        let uniform = true;
        for (let x = 1; x < width && uniform; x++) {
          const i = row + x * 4;
          uniform = data[i] === data[row] && data[i + 1] === data[row + 1] && data[i + 2] === data[row + 2];
        }
        if (uniform) ruleRows.push(y);
      }
      let differing: number | null = null;
      if (images[1]) {
        const other = (await decode(images[1])).data;
        let count = 0;
        for (let i = 0; i < data.length; i += 4) {
          const delta =
            Math.abs(data[i]! - other[i]!) +
            Math.abs(data[i + 1]! - other[i + 1]!) +
            Math.abs(data[i + 2]! - other[i + 2]!);
          if (delta > 30) count++;
        }
        differing = count / (data.length / 4);
      }
      return { width, height, painted, near, ruleRows, differing };
    },
    {
      images: [
        png.toString('base64'),
        ...(options.compareWith ? [options.compareWith.toString('base64')] : []),
      ],
      colours: options.colours ?? [],
      region: options.region ?? null,
    },
  );
}
