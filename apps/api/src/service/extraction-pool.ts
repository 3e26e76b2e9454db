// The server's extraction: core's ExtractionPool (worker threads, a time budget per article) with the
// limits a server needs so that one hostile article cannot stall it or take it down.
import { ExtractionPool as CoreExtractionPool, type ExtractionPoolOptions } from '@entente/core/node';

export { ExtractionLimitError, type PreparedArticle } from '@entente/core/node';

/** Default time budget of one article's extraction, in milliseconds. */
export const DEFAULT_EXTRACTION_TIMEOUT_MS = 5000;

/**
 * Largest extraction kept for one article, as JSON: real prose yields well under 2 bytes per character
 * of text, so this leaves room for the longest accepted article while keeping what the server thread
 * copies, stores and adds to the graph for one article bounded.
 */
export const DEFAULT_MAX_EXTRACTION_BYTES = 4 * 1024 * 1024;

/** Heap of one extraction worker: an article that needs more is refused rather than taking the server down. */
export const DEFAULT_WORKER_MEMORY_MB = 512;

/** Longest actor id or name the server keeps, in characters (see `compactExtraction`). */
export const MAX_ACTOR_NAME_CHARS = 200;

/**
 * Validates and extracts articles on worker threads, so the event loop keeps answering while an article
 * is read: core's pool, with the server's limits unless `options` says otherwise, and workers below the
 * server thread's CPU priority.
 */
export class ExtractionPool extends CoreExtractionPool {
  constructor(options: ExtractionPoolOptions = {}) {
    super({
      timeoutMs: DEFAULT_EXTRACTION_TIMEOUT_MS,
      maxExtractionBytes: DEFAULT_MAX_EXTRACTION_BYTES,
      workerMemoryMb: DEFAULT_WORKER_MEMORY_MB,
      maxActorNameChars: MAX_ACTOR_NAME_CHARS,
      lowPriority: true,
      ...withoutUndefined(options),
    });
  }
}

/** The options that are set, so that `timeoutMs: undefined` keeps the server's default. */
function withoutUndefined(options: ExtractionPoolOptions): ExtractionPoolOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
