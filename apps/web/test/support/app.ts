/**
 * The end-to-end harness: the real API (startServer, seeded with the demo corpus, SQLite in a temp file)
 * serving the built app (rebuilt when older than its sources), and headless Chromium on it.
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
const repoRoot = join(webRoot, '..', '..');
const dist = join(webRoot, 'dist');
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

export interface MapCounts {
  visibleNodes: number;
  visibleEdges: number;
  totalNodes: number;
  totalEdges: number;
}

export interface AppHarness {
  url: string;
  browser: Browser;
  page: Page;
  /** Uncaught errors of the page over the run. */
  pageErrors: string[];
  /** Ask the API directly (the test's source of truth about the data). */
  query<T>(text: string, variables?: Record<string, unknown>): Promise<T>;
  /** The map's counts line, as numbers. */
  counts(): Promise<MapCounts>;
  /** Wait until the latest graph has been drawn, and one frame more. */
  waitForGraph(): Promise<void>;
  close(): Promise<void>;
}

export async function startApp(viewport = { width: 1366, height: 768 }): Promise<AppHarness> {
  if (distIsStale()) await build({ root: webRoot, logLevel: 'warn' });
  const tempDir = mkdtempSync(join(tmpdir(), 'entente-web-e2e-'));
  const server = await startServer({
    port: 0,
    dbPath: join(tempDir, 'entente.db'),
    webDist: dist,
    seedCorpus: join(repoRoot, 'data', 'corpus'),
    quiet: true,
  });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  mkdirSync(artifacts, { recursive: true });
  return {
    url: server.url,
    browser,
    page,
    pageErrors,
    async query<T>(text: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(new URL('/graphql', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: text, variables }),
      });
      const body = (await response.json()) as { data: T };
      return body.data;
    },
    async counts() {
      const element = page.getByTestId('graph-counts');
      const read = async (name: string) => Number(await element.getAttribute(`data-${name}`));
      return {
        visibleNodes: await read('visible-nodes'),
        visibleEdges: await read('visible-edges'),
        totalNodes: await read('total-nodes'),
        totalEdges: await read('total-edges'),
      };
    },
    async waitForGraph() {
      await page.waitForFunction(() => window.__entente?.firstRenderAt != null, null, { timeout: 60_000 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(tempDir, { recursive: true, force: true });
    },
  };
}
