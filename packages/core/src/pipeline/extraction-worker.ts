// A worker thread of `ExtractionPool`: it builds its own extractor once, then validates and extracts each
// job it is posted, one at a time, so the pool can stop it when a job overruns its time budget. Files
// travel as paths, so their texts are read here rather than copied over.
import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { extractorWith } from '../cli/inputs.js';
import { documentId } from '../extract/document-id.js';
import type { Extractor } from '../extract/index.js';
import { ArticleInputError, validateArticle } from '../extract/input.js';
import { compactExtraction } from './compact.js';
import type {
  ExtractionReply,
  ExtractionRequest,
  InputErrorDetails,
  WorkerSettings,
} from './extraction-pool.js';
import { extractOutcome, postedOutcome } from './file-outcome.js';

function run(
  { id, job }: ExtractionRequest,
  extractor: Extractor,
  settings: WorkerSettings,
): ExtractionReply {
  try {
    if ('file' in job)
      return { id, kind: 'file', outcome: postedOutcome(extractOutcome(extractor, job.file)) };
    // Validation and the content hash are linear but not cheap on a megabyte (the hash is BigInt
    // arithmetic per byte): they run here, under the time budget, too.
    const article = validateArticle(job.article);
    const contentId = documentId(article.text);
    const extraction = compactExtraction(extractor.extract(article), settings);
    if (settings.maxExtractionBytes !== undefined) {
      // Measured here, off the calling thread: a server stores this much JSON and copies it to its thread.
      const bytes = JSON.stringify(extraction).length;
      if (bytes > settings.maxExtractionBytes) return { id, kind: 'too-large', bytes };
    }
    return { id, kind: 'article', prepared: { articleId: article.id, contentId, extraction } };
  } catch (error) {
    if (error instanceof ArticleInputError) {
      const details: InputErrorDetails = { code: error.code, message: error.message };
      if (error.field !== undefined) details.field = error.field;
      if (error.limit !== undefined) details.limit = error.limit;
      if (error.actual !== undefined) details.actual = error.actual;
      return { id, kind: 'invalid-input', error: details };
    }
    return { id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Lowers this thread's CPU priority below the calling thread's. Linux keeps a nice value per thread,
 * and /proc/thread-self names this thread's id; elsewhere the worker keeps the caller's priority.
 */
function yieldToCallingThread(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId)) setPriority(threadId, constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // No /proc (macOS, Windows) or no permission: nothing to lower.
  }
}

const port = parentPort;
if (!port) throw new Error('extraction-worker.js runs as a worker thread, started by ExtractionPool');
const settings = workerData as WorkerSettings;
if (settings.lowPriority) yieldToCallingThread();
const extractor = extractorWith(settings.gazetteer);
port.on('message', (request: ExtractionRequest) => port.postMessage(run(request, extractor, settings)));
