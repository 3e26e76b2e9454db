/**
 * Timings a benchmark or an end-to-end test can read from `window.__entente`, all in ms on the page's
 * clock (`performance.now()`, 0 at navigation start): fetching, layout, building the sigma graph, and
 * when the latest graph was ready to draw and then first drawn, so time to first frame is measured
 * apart from the layout.
 */
export interface PerfRecord {
  /** When the latest graph's first frame was drawn. */
  firstRenderAt: number | null;
  nodes: number;
  edges: number;
  fetchMs: number | null;
  layoutMs: number | null;
  /** Building the graphology graph sigma draws (after layout). */
  buildMs: number | null;
  /** When the latest graph was laid out and built, ready for sigma. */
  readyAt: number | null;
  renders: number;
}

/** What loading one graph took; see `PerfRecord`. */
export interface LoadTimings {
  fetchMs: number;
  layoutMs: number;
  buildMs: number;
  readyAt: number;
}

function emptyRecord(): PerfRecord {
  return {
    firstRenderAt: null,
    nodes: 0,
    edges: 0,
    fetchMs: null,
    layoutMs: null,
    buildMs: null,
    readyAt: null,
    renders: 0,
  };
}

declare global {
  interface Window {
    __entente?: PerfRecord;
  }
}

function record(): PerfRecord {
  if (typeof window === 'undefined') return emptyRecord();
  window.__entente ??= emptyRecord();
  return window.__entente;
}

export function recordFirstRender(nodes: number, edges: number): void {
  const perf = record();
  perf.firstRenderAt = performance.now();
  perf.nodes = nodes;
  perf.edges = edges;
  perf.renders += 1;
}

export function recordTimings(timings: LoadTimings): void {
  Object.assign(record(), timings);
}
