import { availableParallelism } from 'node:os';
import { extractFile, extractorWith, listInputs, loadUserGazetteer, readInput } from '../cli/inputs.js';
import type { ExtractionResult } from '../extract/types.js';
import { ExtractionPool } from './extraction-pool.js';
import { resultsOrFirstError } from './file-outcome.js';

export interface ExtractFilesOptions {
  /**
   * Worker threads to extract on, at most one per file; 1 extracts in this thread. Default: one per core,
   * when there are enough files to pay for starting them.
   */
  jobs?: number;
  /** A gazetteer file (JSON or YAML) whose actors extend the built-in ones, like `--gazetteer`. */
  gazetteer?: string;
}

/**
 * Each worker loads the extractor and warms its JIT up on its own (about 1 s of CPU on the bench corpus),
 * and every result is copied back to this thread (~0.14 ms an article). On the 2-core bench machine two
 * workers did not beat one thread below a few thousand files, so the automatic choice gives each worker
 * at least this many; `jobs` overrides it.
 */
const MIN_FILES_PER_WORKER = 1000;

/**
 * Extracts the articles the paths name, as `entente build` reads them (a file is an article, a directory
 * a corpus), and returns one result per file in input order, whatever the number of workers: building a
 * graph from them gives the same graph as a serial run. Bad input throws the `InputError` the serial run
 * would: the first file that cannot be read, else the first that cannot be extracted.
 */
export async function extractFiles(
  paths: string[],
  options: ExtractFilesOptions = {},
): Promise<ExtractionResult[]> {
  const userGazetteer = loadUserGazetteer(options.gazetteer);
  const inputs = listInputs(paths);
  const workers = workerCount(inputs.length, options.jobs);
  if (workers <= 1) {
    const extractor = extractorWith(userGazetteer);
    return inputs.map(readInput).map((file) => extractFile(extractor, file));
  }
  const pool = new ExtractionPool({ gazetteer: userGazetteer, workers });
  try {
    return resultsOrFirstError(await Promise.all(inputs.map((input) => pool.extractFile(input))));
  } finally {
    await pool.close();
  }
}

/** How many worker threads to start for `files` files; 1 or less means none. */
export function workerCount(files: number, jobs?: number): number {
  if (jobs !== undefined) return Math.min(jobs, files);
  return Math.min(availableParallelism(), Math.floor(files / MIN_FILES_PER_WORKER));
}
