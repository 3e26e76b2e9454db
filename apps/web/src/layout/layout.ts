/**
 * Layout of a graph view: positions keyed by node id, computed in a web worker and cached in memory
 * by a signature of the data, so re-rendering the same graph never recomputes or moves anything.
 * When the graph grows (an article was added), the new layout continues from the one on screen.
 */

import { hashString } from '@entente/core/common';
import type { GraphViewData } from '../api/types';
import { computeLayout, type LayoutInput } from './forceLayout';

export type Positions = Map<string, { x: number; y: number }>;

const cache = new Map<string, Positions>();

/** A signature of the nodes and edges (not their metrics): same structure, same layout. */
export function layoutSignature(view: Pick<GraphViewData, 'nodes' | 'edges'>): string {
  let hash = 0x811c9dc5;
  for (const node of view.nodes) hash = hashString(node.id, hash);
  for (const edge of view.edges) hash = hashString(`${edge.id}#${edge.weight}`, hash);
  return `${view.nodes.length}:${view.edges.length}:${hash.toString(16)}`;
}

/**
 * Nodes sorted by id, so the input (and thus the result) does not depend on API ordering.
 * `previous` positions, when given, become the seeds the layout continues from.
 */
export function layoutInput(view: Pick<GraphViewData, 'nodes' | 'edges'>, previous?: Positions): LayoutInput {
  const nodes = view.nodes.map((node) => node.id).sort();
  const index = new Map(nodes.map((id, i) => [id, i]));
  const edges = view.edges
    .filter((edge) => index.has(edge.source) && index.has(edge.target))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sources = new Uint32Array(edges.length);
  const targets = new Uint32Array(edges.length);
  const weights = new Float32Array(edges.length);
  edges.forEach((edge, i) => {
    sources[i] = index.get(edge.source)!;
    targets[i] = index.get(edge.target)!;
    weights[i] = edge.weight;
  });
  // With nothing in common with the previous layout there is nothing to continue: start afresh.
  if (!previous || !nodes.some((id) => previous.has(id))) return { nodes, sources, targets, weights };
  const seeds = new Float32Array(nodes.length * 2).fill(Number.NaN);
  nodes.forEach((id, i) => {
    const position = previous.get(id);
    if (!position) return;
    seeds[i * 2] = position.x;
    seeds[i * 2 + 1] = position.y;
  });
  return { nodes, sources, targets, weights, seeds };
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
  const positions: Positions = new Map();
  input.nodes.forEach((id, i) => {
    positions.set(id, { x: output[i * 2]!, y: output[i * 2 + 1]! });
  });
  cache.set(signature, positions);
  return positions;
}
