/** The graph on screen: loaded from the API (or a benchmark generator), laid out, ready for sigma. */

import type { GraphViewData } from '../../api/types';
import { layoutGraph, type Positions } from '../../layout/layout';
import type { LoadTimings } from '../../perf/perf';
import { buildSigmaGraph, type EntenteSigmaGraph } from '../../sigma/build';
import { createStore } from '../store';

export type GraphState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      view: GraphViewData;
      graph: EntenteSigmaGraph;
      /** Bumped on each load so the canvas knows to swap graphs. */
      version: number;
      /** True while a newer version is being fetched (the current one stays on screen). */
      refreshing: boolean;
      timings: LoadTimings;
    };

export const graphStore = createStore<GraphState>({ status: 'loading' });

/** Where each node of a sigma graph stands. */
function positionsOf(graph: EntenteSigmaGraph): Positions {
  const positions: Positions = new Map();
  graph.forEachNode((node, { x, y }) => {
    positions.set(node, { x, y });
  });
  return positions;
}

let version = 0;
let pending: AbortController | null = null;

/**
 * Fetch, lay out and publish a graph. While a graph is on screen it stays there during the reload;
 * a newer call cancels an older one.
 */
export async function loadGraph(fetcher: (signal: AbortSignal) => Promise<GraphViewData>): Promise<void> {
  pending?.abort();
  const controller = new AbortController();
  pending = controller;
  const current = graphStore.get();
  if (current.status === 'ready') graphStore.set({ ...current, refreshing: true });
  else graphStore.set({ status: 'loading' });
  try {
    const started = performance.now();
    const view = await fetcher(controller.signal);
    const fetched = performance.now();
    // The graph on screen seeds the new layout, so adding an article does not reshuffle the map.
    const positions = await layoutGraph(
      view,
      current.status === 'ready' ? positionsOf(current.graph) : undefined,
    );
    const laidOut = performance.now();
    if (controller.signal.aborted) return;
    version += 1;
    const graph = buildSigmaGraph(view, positions);
    const readyAt = performance.now();
    graphStore.set({
      status: 'ready',
      view,
      graph,
      version,
      refreshing: false,
      timings: {
        fetchMs: fetched - started,
        layoutMs: laidOut - fetched,
        buildMs: readyAt - laidOut,
        readyAt,
      },
    });
  } catch (error) {
    if (controller.signal.aborted) return;
    const message = error instanceof Error ? error.message : String(error);
    graphStore.set({ status: 'error', message });
  } finally {
    if (pending === controller) pending = null;
  }
}
