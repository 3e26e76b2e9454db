import { Worker } from 'node:worker_threads';
import type { InputFile } from '../cli/inputs.js';
import type { GazetteerSource } from '../gazetteer/index.js';
import type { FileOutcome } from './file-outcome.js';

/** Next to this module in dist/, where the CLI and @entente/core/node run from. */
const WORKER_SCRIPT = new URL('./extract-worker.js', import.meta.url);

/** Batches are at most this many files: few enough to share the last files out evenly between workers. */
const MAX_BATCH = 16;

export interface WorkerData {
  userGazetteer: GazetteerSource | undefined;
}
/** A slice of the inputs, starting at index `start`. */
export interface WorkerBatch {
  start: number;
  files: InputFile[];
}
export interface WorkerReply {
  start: number;
  outcomes: FileOutcome[];
}

/**
 * Reads and extracts the files on `workerCount` worker threads, each with its own extractor, and returns
 * one outcome per file in input order. Each worker is handed a batch at a time and gets the next when it
 * posts the outcomes back, so a worker on slow articles takes fewer of them. Rejects if a worker fails
 * (a bug, not bad input: input errors are outcomes).
 */
export function extractInWorkers(
  files: InputFile[],
  workerCount: number,
  userGazetteer: GazetteerSource | undefined,
): Promise<FileOutcome[]> {
  const outcomes = new Array<FileOutcome>(files.length);
  const batchSize = Math.max(1, Math.min(MAX_BATCH, Math.ceil(files.length / (workerCount * 8))));
  let nextFile = 0;
  let remaining = files.length;
  const workers: Worker[] = [];

  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error === undefined) resolve(outcomes);
      else reject(error);
    };
    const handOut = (worker: Worker) => {
      if (nextFile >= files.length) return;
      const batch: WorkerBatch = { start: nextFile, files: files.slice(nextFile, nextFile + batchSize) };
      nextFile += batch.files.length;
      worker.postMessage(batch);
    };

    const workerData: WorkerData = { userGazetteer };
    for (let index = 0; index < workerCount; index++) {
      const worker = new Worker(WORKER_SCRIPT, { workerData });
      workers.push(worker);
      worker.on('message', ({ start, outcomes: batch }: WorkerReply) => {
        for (const [offset, outcome] of batch.entries()) outcomes[start + offset] = outcome;
        remaining -= batch.length;
        if (remaining === 0) finish();
        else handOut(worker);
      });
      worker.on('error', finish);
      worker.on('messageerror', finish);
      worker.on('exit', (code) => {
        if (!settled) finish(new Error(`an extraction worker stopped early (exit code ${code})`));
      });
      handOut(worker);
    }
  });
}
