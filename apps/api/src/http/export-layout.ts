import { Worker } from 'node:worker_threads';
import { type EntenteGraph, graphLayoutInput, type Positions, positionsOf } from '@entente/core';
import { SerialQueue } from '../service/serial-queue.js';

/** A layout that takes longer than this is abandoned and the file goes without positions. */
const LAYOUT_BUDGET_MS = 60_000;

/** One layout at a time: a burst of exports queues instead of taking every core. */
const queue = new SerialQueue();

/**
 * Positions for a GEXF export: the web map's layout (ForceAtlas2 from id-hashed seeds, core's
 * `@entente/core/layout`) of the same nodes and edges, computed on a worker thread. Undefined when the
 * layout overran its budget, so the export still answers.
 */
export function exportPositions(graph: EntenteGraph): Promise<Positions | undefined> {
  if (graph.order === 0) return Promise.resolve(new Map());
  const input = graphLayoutInput(graph);
  return queue.run(
    () =>
      new Promise<Positions | undefined>((resolve, reject) => {
        const worker = new Worker(new URL('./layout-worker.mjs', import.meta.url), { workerData: input });
        const timer = setTimeout(() => {
          void worker.terminate();
          resolve(undefined);
        }, LAYOUT_BUDGET_MS);
        worker.once('message', (output: Float32Array) => {
          clearTimeout(timer);
          void worker.terminate();
          resolve(positionsOf(input, output));
        });
        worker.once('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
      }),
  );
}
