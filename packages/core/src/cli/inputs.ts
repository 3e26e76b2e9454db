import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor, type Extractor } from '../extract/index.js';
import type { ExtractionResult } from '../extract/types.js';
import { defaultGazetteer } from '../gazetteer/index.js';
import { loadGazetteerFile, readArticleFile, readCorpus } from '../node.js';
import type { Article } from '../ontology/documents.js';
import { InputError, withoutPathPrefix } from './errors.js';
import { fileSystemReason } from './fs-errors.js';

/** An article read from disk, with the path to name in error messages. */
export interface ArticleFile {
  path: string;
  article: Article;
}

/**
 * Reads every article the paths name: a file is one article, a directory is a corpus (its `*.txt` files,
 * with `manifest.json` metadata when present). Everything is read before anything is extracted, so bad
 * input stops the command before it prints half a result.
 */
export function readInputs(paths: string[]): ArticleFile[] {
  const articles: ArticleFile[] = [];
  for (const path of paths) {
    if (isDirectory(path)) {
      const texts = readdirSync(path).filter((name) => name.endsWith('.txt'));
      if (texts.length === 0) throw new InputError(path, 'no .txt files in this directory');
      const corpus = attempt(
        path,
        () => readCorpus(path),
        () => texts.sort().map((name) => join(path, name)),
      );
      for (const article of corpus) articles.push({ path: join(path, `${article.id}.txt`), article });
    } else {
      articles.push({ path, article: attempt(path, () => readArticleFile(path)) });
    }
  }
  return articles;
}

/** The built-in gazetteer's extractor, extended with the user's gazetteer file when one is given. */
export function loadExtractor(gazetteerPath?: string): Extractor {
  if (gazetteerPath === undefined) return createExtractor();
  if (isDirectory(gazetteerPath))
    throw new InputError(gazetteerPath, 'is a directory, expected a .json or .yaml file');
  const source = attempt(gazetteerPath, () => loadGazetteerFile(gazetteerPath));
  return createExtractor({ gazetteer: defaultGazetteer().extend(source) });
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
