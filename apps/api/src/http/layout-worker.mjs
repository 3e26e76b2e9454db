// @ts-check
// Lays a graph out on a worker thread for the GEXF export, so a big graph's ForceAtlas2 never stalls the
// server's event loop. Plain JavaScript for the same reason as extraction-worker.mjs: Node runs it as it
// is from src/ (tests) and from dist/ alike; tsc checks it (checkJs) and copies it into dist.
import { parentPort, workerData } from 'node:worker_threads';
import { computeLayout } from '@entente/core/layout';

/** @type {import('@entente/core/layout').LayoutInput} */
const input = workerData;
const output = computeLayout(input);
parentPort?.postMessage(output, [/** @type {ArrayBuffer} */ (output.buffer)]);
