// A worker thread of `extractInWorkers`: it builds its own extractor once, then reads and extracts each
// batch of files it is posted. Files travel as paths, so the texts are read here rather than copied over.
import { parentPort, workerData } from 'node:worker_threads';
import { extractorWith } from '../cli/inputs.js';
import type { WorkerBatch, WorkerData, WorkerReply } from './extract-in-workers.js';
import { extractOutcome } from './file-outcome.js';

const port = parentPort;
if (!port) throw new Error('extract-worker.js runs as a worker thread, started by extractInWorkers');
const extractor = extractorWith((workerData as WorkerData).userGazetteer);

port.on('message', ({ start, files }: WorkerBatch) => {
  const reply: WorkerReply = { start, outcomes: files.map((file) => extractOutcome(extractor, file)) };
  port.postMessage(reply);
});
