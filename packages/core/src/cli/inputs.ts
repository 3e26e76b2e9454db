import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor, type Extractor, type ExtractorOptions } from '../extract/index.js';
import type { ExtractionResult } from '../extract/types.js';
import { type CorpusFile, listCorpus, loadGazetteerFile, readArticleFile, readCorpusFile } from '../files.js';
import { defaultGazetteer, type GazetteerSource } from '../gazetteer/index.js';
import type { Article } from '../ontology/documents.js';
import { InputError, withoutPathPrefix } from './errors.js';
import { fileSystemReason } from './fs-errors.js';

/** An article read from disk, with the path to name in error messages. */
export interface ArticleFile {
  path: string;
  article: Article;
}

/**
 * A file to read: named on the command line, or found in a corpus directory (then with `dir` and its
 * manifest metadata). Plain data, so it can be posted to a worker thread.
 */
export type InputFile = { path: string; dir?: undefined } | CorpusFile;

/**
 * Reads every article the paths name: a file is one article, a directory is a corpus (its `*.txt` files,
 * with `manifest.json` metadata when present). Everything is read before anything is extracted, so bad
 * input stops the command before it prints half a result.
 */
export function readInputs(paths: string[]): ArticleFile[] {
  return listInputs(paths).map(readInput);
}

/**
 * The files the paths name, in order, without reading them: every path must exist, and a directory must
 * hold .txt files and a readable manifest (if any).
 */
export function listInputs(paths: string[]): InputFile[] {
  const inputs: InputFile[] = [];
  for (const path of paths) {
    if (isDirectory(path)) {
      const texts = readdirSync(path).filter((name) => name.endsWith('.txt'));
      if (texts.length === 0) throw new InputError(path, 'no .txt files in this directory');
      const corpus = attempt(
        path,
        () => listCorpus(path),
        () => texts.sort().map((name) => join(path, name)),
      );
      inputs.push(...corpus);
    } else {
      inputs.push({ path });
    }
  }
  return inputs;
}

/**
 * Reads one input file. A corpus file whose manifest metadata is refused names the directory (where the
 * manifest is), one that cannot be read names the file.
 */
export function readInput(input: InputFile): ArticleFile {
  const { path } = input;
  const article =
    input.dir === undefined
      ? attempt(path, () => readArticleFile(path))
      : attempt(
          input.dir,
          () => readCorpusFile(input),
          () => [path],
        );
  return { path, article };
}

/** The built-in gazetteer's extractor, extended with the user's gazetteer file when one is given. */
export function loadExtractor(gazetteerPath?: string, options: ExtractorOptions = {}): Extractor {
  return extractorWith(loadUserGazetteer(gazetteerPath), options);
}

/** The actors of the user's gazetteer file (undefined without one). Plain data, for worker threads. */
export function loadUserGazetteer(gazetteerPath?: string): GazetteerSource | undefined {
  if (gazetteerPath === undefined) return undefined;
  if (isDirectory(gazetteerPath))
    throw new InputError(gazetteerPath, 'is a directory, expected a .json or .yaml file');
  return attempt(gazetteerPath, () => loadGazetteerFile(gazetteerPath));
}

/** The built-in gazetteer's extractor, extended with the user's actors when given. */
export function extractorWith(userGazetteer?: GazetteerSource, options: ExtractorOptions = {}): Extractor {
  if (userGazetteer === undefined) return createExtractor(options);
  return createExtractor({ ...options, gazetteer: defaultGazetteer().extend(userGazetteer) });
}

/** Runs the extractor on one article; a refusal (empty, binary…) names the file. */
export function extractFile(extractor: Extractor, { path, article }: ArticleFile): ExtractionResult {
  return attempt(path, () => extractor.extract(article));
}

/** Whether the path is a directory; a path that does not exist is an input error. */
function isDirectory(path: string): boolean {
  try {
    const stats = statSync(path);
    if (!stats.isDirectory() && !stats.isFile())
      throw new InputError(path, 'not a regular file or directory');
    return stats.isDirectory();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, fileSystemReason(error));
  }
}

/**
 * Runs `read`, turning whatever it throws into a one-line input error about `path`. When `read` covers
 * several files (a corpus), `culprits` lists them so the error can name the one that fails on its own.
 */
function attempt<T>(path: string, read: () => T, culprits?: () => string[]): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputError) throw error;
    for (const file of culprits?.() ?? []) attempt(file, () => readArticleFile(file));
    throw new InputError(path, withoutPathPrefix(fileSystemReason(error), path));
  }
}
