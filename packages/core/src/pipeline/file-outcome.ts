import { InputError } from '../cli/errors.js';
import { extractFile, type InputFile, readInput } from '../cli/inputs.js';
import type { Extractor } from '../extract/index.js';
import type { ExtractionResult } from '../extract/types.js';
import type { Article } from '../ontology/documents.js';
import { type CompactExtraction, compactExtraction, expandExtraction } from './compact.js';

/** Where a file failed: the serial build reads every file before it extracts any. */
export type FailedStage = 'read' | 'extract';

/**
 * What became of one file: its extraction, or the input error that stopped it. Plain data, so a worker
 * thread can post it back (an Error loses its class on the way).
 */
export type FileOutcome =
  | { result: ExtractionResult }
  | { failure: { stage: FailedStage; path: string; reason: string } };

/**
 * A file outcome as a worker posts it: the extraction in its compact form, without the sentence texts,
 * which the receiving thread slices again from the article's text.
 */
export type PostedFileOutcome =
  | { article: Article; extraction: CompactExtraction }
  | Extract<FileOutcome, { failure: unknown }>;

export function postedOutcome(outcome: FileOutcome): PostedFileOutcome {
  if (!('result' in outcome)) return outcome;
  return { article: outcome.result.article, extraction: compactExtraction(outcome.result) };
}

export function receivedOutcome(posted: PostedFileOutcome): FileOutcome {
  if (!('article' in posted)) return posted;
  return { result: expandExtraction(posted.article, posted.extraction) };
}

/** Reads and extracts one file, keeping an input error as data instead of throwing it. */
export function extractOutcome(extractor: Extractor, input: InputFile): FileOutcome {
  let stage: FailedStage = 'read';
  try {
    const file = readInput(input);
    stage = 'extract';
    return { result: extractFile(extractor, file) };
  } catch (error) {
    // Anything else is a bug, not bad input: let it fail the worker.
    if (!(error instanceof InputError)) throw error;
    return { failure: { stage, path: error.path, reason: error.reason } };
  }
}

/**
 * The results in input order, or the error the serial build stops on: as it reads every file before
 * extracting any, the first file that cannot be read wins over an earlier one that cannot be extracted.
 */
export function resultsOrFirstError(outcomes: FileOutcome[]): ExtractionResult[] {
  const results: ExtractionResult[] = [];
  let firstFailure: Extract<FileOutcome, { failure: unknown }>['failure'] | undefined;
  for (const outcome of outcomes) {
    if ('result' in outcome) results.push(outcome.result);
    else if (!firstFailure || (firstFailure.stage === 'extract' && outcome.failure.stage === 'read'))
      firstFailure = outcome.failure;
  }
  if (firstFailure) throw new InputError(firstFailure.path, firstFailure.reason);
  return results;
}
