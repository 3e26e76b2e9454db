/**
 * Layout of a graph view: positions keyed by node id, computed in a web worker and cached in memory
 * by a signature of the data, so re-rendering the same graph never recomputes or moves anything.
 * When the graph grows (an article was added), the new layout continues from the one on screen.
 */

import { hashString } from '@entente/core/common';
import {
  computeLayout,
  type LayoutInput,
  layoutInput,
  type Positions,
  positionsOf,
} from '@entente/core/layout';
import type { GraphViewData } from '../api/types';

export type { Positions };

const cache = new Map<string, Positions>();

/** A signature of the nodes and edges (not their metrics): same structure, same layout. */
export function layoutSignature(view: Pick<GraphViewData, 'nodes' | 'edges'>): string {
  let hash = 0x811c9dc5;
  for (const node of view.nodes) hash = hashString(node.id, hash);
  for (const edge of view.edges) hash = hashString(`${edge.id}#${edge.weight}`, hash);
  return `${view.nodes.length}:${view.edges.length}:${hash.toString(16)}`;
}

function runInWorker(input: LayoutInput): Promise<Float32Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Float32Array>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`Layout failed: ${event.message}`));
    };
    worker.postMessage(input);
  });
}

/**
 * Positions for every node of the view: from the cache, else from a worker (main thread without
 * Worker). `previous` is the layout on screen, if any: actors keep their places as starting points.
 */
export async function layoutGraph(
  view: Pick<GraphViewData, 'nodes' | 'edges'>,
  previous?: Positions,
): Promise<Positions> {
  const signature = layoutSignature(view);
  const cached = cache.get(signature);
  if (cached) return cached;
  const input = layoutInput(view, previous);
  const output = typeof Worker === 'undefined' ? computeLayout(input) : await runInWorker(input);
  const positions = positionsOf(input, output);
  cache.set(signature, positions);
  return positions;
}
