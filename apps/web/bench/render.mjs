#!/usr/bin/env node
/**
 * Render benchmark: in headless chromium, for generated graphs of 1,000 / 5,000 / 20,000 nodes
 * (the app's ?bench=N mode), time the layout, the time from data ready to the first frame (apart from
 * the layout), the time from navigation to the first frame, and the frame rates while the map moves. Needs a build (pnpm --filter @entente/web build). Sizes can be passed as arguments.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveStatic } from '../test/support/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const ORDERS = sizes.length > 0 ? sizes : [1_000, 5_000, 20_000];
const PAN_MS = 3_000;

if (!existsSync(join(dist, 'index.html'))) {
  console.error('bench: apps/web/dist is missing; run `pnpm --filter @entente/web build` first.');
  process.exit(1);
}

/** Drag the map with the real mouse for `duration` ms while the page counts animation frames. */
async function panFps(page, duration) {
  const box = await page.locator('.sigma-container').boundingBox();
  if (!box) throw new Error('no map on the page');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => {
    const state = { frames: 0, running: true, started: performance.now(), worst: 0, last: performance.now() };
    window.__fps = state;
    const tick = (now) => {
      if (!state.running) return;
      state.frames += 1;
      state.worst = Math.max(state.worst, now - state.last);
      state.last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const started = Date.now();
  let step = 0;
  while (Date.now() - started < duration) {
    step += 1;
    const angle = step / 20;
    await page.mouse.move(cx + Math.cos(angle) * 150, cy + Math.sin(angle) * 100);
  }
  await page.mouse.up();
  return page.evaluate(() => {
    const state = window.__fps;
    state.running = false;
    const elapsed = performance.now() - state.started;
    return { fps: (state.frames * 1000) / elapsed, worstFrameMs: state.worst };
  });
}

async function measure(browser, baseUrl, order) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}/?bench=${order}`);
  await page.waitForFunction(() => window.__entente?.firstRenderAt != null, null, { timeout: 600_000 });
  const perf = await page.evaluate(() => ({ ...window.__entente }));
  const drag = await panFps(page, PAN_MS);
  const sweep = await page.evaluate((ms) => window.__ententeBench.panCamera(ms), PAN_MS);
  await page.close();
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  return {
    order,
    edges: perf.edges,
    layoutMs: perf.layoutMs,
    buildMs: perf.buildMs,
    firstFrameMs: perf.firstRenderAt - perf.readyAt,
    firstRenderMs: perf.firstRenderAt,
    dragFps: drag.fps,
    sweepFps: sweep.fps,
    worstFrameMs: Math.max(drag.worstFrameMs, sweep.worstFrameMs),
  };
}

const server = await serveStatic(dist);
const browser = await launchChromium();
const rows = [];
try {
  for (const order of ORDERS) {
    rows.push(await measure(browser, server.url, order));
    const row = rows.at(-1);
    console.error(`bench: ${order} nodes done (${Math.round(row.firstRenderMs)} ms to first render)`);
  }
} finally {
  await browser.close();
  await server.close();
}

const fmt = (n, digits = 0) => (n == null ? '—' : n.toLocaleString('en', { maximumFractionDigits: digits }));
console.log('\nEntente web render benchmark (headless chromium, SwiftShader WebGL, viewport 1366×768)');
console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ')} (WebGL is software-rendered: a GPU is much faster)`,
);
console.log(
  '| nodes | edges | layout (worker) ms | build ms | data ready → first frame ms | navigation → first frame ms | FPS, mouse drag | FPS, camera sweep | worst frame ms |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(
    `| ${fmt(row.order)} | ${fmt(row.edges)} | ${fmt(row.layoutMs)} | ${fmt(row.buildMs)} | ${fmt(row.firstFrameMs)} | ${fmt(row.firstRenderMs)} | ${fmt(row.dragFps, 1)} | ${fmt(row.sweepFps, 1)} | ${fmt(row.worstFrameMs)} |`,
  );
}
console.log(
  'build = the graphology graph sigma draws, after layout; data ready → first frame = React + sigma',
);
console.log(
  '(indexing, programs, first draw); navigation → first frame = everything (page load, generation,',
);
console.log('layout, build, first frame).');
console.log('mouse drag = animation frames while playwright drags the map (includes the input round trips);');
console.log('camera sweep = frames sigma draws while the camera moves every animation frame.');
console.log(`edges hidden while moving above ${5_000} edges (sigma hideEdgesOnMove).`);
