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

export async function startE2eApp(): Promise<E2eApp> {
  if (distIsStale()) await build({ root: webRoot, logLevel: 'warn' });
  const tempDir = mkdtempSync(join(tmpdir(), 'entente-web-e2e-'));
  const server = await startServer({
    port: 0,
    dbPath: join(tempDir, 'entente.db'),
    webDist: dist,
    seedCorpus: join(repoRoot, 'data', 'corpus'),
    // Seeding must not fail because a shared CI machine is busy: the budget guards servers, not tests.
    extractionTimeoutMs: 60_000,
    quiet: true,
  });
  const browser = await launchChromium();
  mkdirSync(artifacts, { recursive: true });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
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
