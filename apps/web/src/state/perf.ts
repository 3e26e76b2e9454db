/**
 * Timings a benchmark or an end-to-end test can read from `window.__entente`:
 * when the page started, when each graph was first drawn, and its size.
 */
export interface PerfRecord {
  firstRenderAt: number | null;
  nodes: number;
  edges: number;
  layoutMs: number | null;
  fetchMs: number | null;
  renders: number;
}

declare global {
  interface Window {
    __entente?: PerfRecord;
  }
}

function record(): PerfRecord {
  if (typeof window === 'undefined') {
    return { firstRenderAt: null, nodes: 0, edges: 0, layoutMs: null, fetchMs: null, renders: 0 };
  }
  window.__entente ??= { firstRenderAt: null, nodes: 0, edges: 0, layoutMs: null, fetchMs: null, renders: 0 };
  return window.__entente;
}

export function recordFirstRender(nodes: number, edges: number): void {
  const perf = record();
  perf.firstRenderAt = performance.now();
  perf.nodes = nodes;
  perf.edges = edges;
  perf.renders += 1;
}

export function recordTimings(fetchMs: number, layoutMs: number): void {
  const perf = record();
  perf.fetchMs = fetchMs;
  perf.layoutMs = layoutMs;
}
