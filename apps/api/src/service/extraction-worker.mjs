// @ts-check
// Validates and extracts articles on a worker thread, one article per message, so that a slow article never stalls
// the server's event loop: the pool (extraction-pool.ts) stops a worker that overruns its time budget.
// Plain JavaScript because Node starts workers from files it can run as they are, from src/ (tests) and
// from dist/ alike; tsc checks it (checkJs) and copies it into dist.
import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import {
  ArticleInputError,
  createExtractor,
  defaultGazetteer,
  documentId,
  validateArticle,
} from '@entente/core';

/**
 * @typedef {import('@entente/core').ArticleInput} ArticleInput
 * @typedef {import('@entente/core').GazetteerSource} GazetteerSource
 * @typedef {import('../store/types.js').StoredExtraction} StoredExtraction
 * @typedef {{ gazetteer?: GazetteerSource | undefined, maxExtractionBytes: number }} WorkerSettings
 * @typedef {{ id: number, article: ArticleInput }} ExtractionRequest
 * @typedef {{ articleId: string, contentId: string, extraction: StoredExtraction }} PreparedArticle
 * @typedef {{ code: import('@entente/core').ArticleInputErrorCode, message: string, field?: string, limit?: number, actual?: number }} InputErrorDetails
 * @typedef {{ id: number, kind: 'done', prepared: PreparedArticle }
 *   | { id: number, kind: 'too-large', bytes: number }
 *   | { id: number, kind: 'invalid-input', error: InputErrorDetails }
 *   | { id: number, kind: 'failed', message: string }} ExtractionReply
 */

/**
 * Longest actor id or name kept, in characters. Real names stay far below it ("United Nations Relief and
 * Works Agency for Palestine Refugees in the Near East" is 78); a name running on through the text (a
 * title followed by more capitalised words) would otherwise become an actor id as long as the article.
 */
export const MAX_ACTOR_NAME_CHARS = 200;

/**
 * What the server keeps of an extraction: actors with over-long names are dropped, with the mentions
 * and relations that name them, and sentences keep only their offsets (the text is stored once).
 * @param {import('@entente/core').ExtractionResult} result
 * @returns {StoredExtraction}
 */
export function boundedExtraction(result) {
  const tooLong = new Set(
    result.actors
      .filter((actor) => actor.id.length > MAX_ACTOR_NAME_CHARS || actor.name.length > MAX_ACTOR_NAME_CHARS)
      .map((actor) => actor.id),
  );
  const kept = (/** @type {string} */ id) => id.length <= MAX_ACTOR_NAME_CHARS && !tooLong.has(id);
  return {
    actors: result.actors.filter((actor) => kept(actor.id)),
    mentions: result.mentions.filter((mention) => kept(mention.actorId)),
    relations: result.relations.filter((relation) => kept(relation.source) && kept(relation.target)),
    sentences: result.sentences.map(({ index, start, end }) => ({ index, start, end })),
  };
}

/**
 * @param {ExtractionRequest} request
 * @param {import('@entente/core').Extractor} extractor
 * @param {number} maxExtractionBytes
 * @returns {ExtractionReply}
 */
function extractOne({ id, article: input }, extractor, maxExtractionBytes) {
  try {
    // Validation and the content hash are linear but not cheap on a megabyte (the hash is BigInt
    // arithmetic per byte): they run here, under the time budget, too.
    const article = validateArticle(input);
    const contentId = documentId(article.text);
    const extraction = boundedExtraction(extractor.extract(article));
    // Measured here, off the event loop: the server stores this much JSON and copies it to its thread.
    const bytes = JSON.stringify(extraction).length;
    if (bytes > maxExtractionBytes) return { id, kind: 'too-large', bytes };
    return { id, kind: 'done', prepared: { articleId: article.id, contentId, extraction } };
  } catch (error) {
    if (error instanceof ArticleInputError) {
      /** @type {InputErrorDetails} */
      const details = { code: error.code, message: error.message };
      if (error.field !== undefined) details.field = error.field;
      if (error.limit !== undefined) details.limit = error.limit;
      if (error.actual !== undefined) details.actual = error.actual;
      return { id, kind: 'invalid-input', error: details };
    }
    return { id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Lowers this thread's CPU priority below the server thread's, so that on a busy machine a long
 * extraction waits for the CPU rather than the requests do. Linux keeps a nice value per thread, and
 * /proc/thread-self names this thread's id; elsewhere the worker keeps the server's priority.
 */
function yieldToServerThread() {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId)) setPriority(threadId, constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // No /proc (macOS, Windows) or no permission: nothing to lower.
  }
}

if (parentPort) {
  yieldToServerThread();
  const port = parentPort;
  const settings = /** @type {WorkerSettings} */ (workerData);
  const gazetteer = settings.gazetteer ? defaultGazetteer().extend(settings.gazetteer) : defaultGazetteer();
  const extractor = createExtractor({ gazetteer });
  port.on('message', (/** @type {ExtractionRequest} */ request) => {
    port.postMessage(extractOne(request, extractor, settings.maxExtractionBytes));
  });
}
