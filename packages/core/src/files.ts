// Reading articles, corpora and gazetteers from disk (Node-only; exported through node.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ArticleInputError, decodeText, MAX_ARTICLE_CHARS, validateArticle } from './extract/input.js';
import { type GazetteerSource, parseGazetteer } from './gazetteer/index.js';
import { GazetteerError } from './gazetteer/parse.js';
import type { Article } from './ontology/documents.js';

/** Reads a user gazetteer file (.json, .yaml or .yml). @throws GazetteerError naming the file. */
export function loadGazetteerFile(path: string): GazetteerSource {
  const extension = extname(path).toLowerCase();
  const format =
    extension === '.json' ? 'json' : extension === '.yaml' || extension === '.yml' ? 'yaml' : undefined;
  if (!format) {
    throw new GazetteerError(`${path}: a gazetteer file must end in .json, .yaml or .yml`, path);
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new GazetteerError(`${path}: cannot read the file (${describe(error)})`, path);
  }
  return parseGazetteer(text, format, path);
}

/**
 * Reads an article from a text file; its id is the file name without extension. The size is
 * checked before reading, so a huge file fails at once with TOO_LARGE. UTF-8 is 1–4 bytes per
 * character: a file over 4 × maxChars bytes is too large whatever it holds.
 */
export function readArticleFile(path: string, options: { maxChars?: number } = {}): Article {
  const maxChars = options.maxChars ?? MAX_ARTICLE_CHARS;
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new ArticleInputError('INVALID_FIELD', `Cannot read ${path}: ${describe(error)}`, {
      field: 'path',
    });
  }
  if (size > maxChars * 4) {
    throw new ArticleInputError(
      'TOO_LARGE',
      `${basename(path)} is too large: ${size.toLocaleString('en-US')} bytes, the limit is ${maxChars.toLocaleString('en-US')} characters.`,
      { limit: maxChars, actual: size },
    );
  }
  const text = decodeText(readFileSync(path));
  return validateArticle({ id: basename(path, extname(path)), text }, { maxChars });
}

interface ManifestEntry {
  file: string;
  title?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
}

/** Reads every *.txt file of a directory, sorted by name, with metadata from manifest.json when present. */
export function readCorpus(dir: string, options: { maxChars?: number } = {}): Article[] {
  return listCorpus(dir).map((file) => readCorpusFile(file, options));
}

/** A text file of a corpus directory, with its manifest.json entry when there is one. Plain data. */
export interface CorpusFile {
  dir: string;
  path: string;
  metadata?: Omit<ManifestEntry, 'file'>;
}

/**
 * The *.txt files of a directory, sorted by name, each with its manifest metadata; nothing but the
 * manifest is read yet, so the files can be read elsewhere (a worker thread) or later.
 */
export function listCorpus(dir: string): CorpusFile[] {
  const manifest = readManifest(dir);
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.txt'))
    .sort()
    .map((name) => {
      const entry = manifest.get(name);
      const file: CorpusFile = { dir, path: join(dir, name) };
      if (!entry) return file;
      const { file: _file, ...metadata } = entry;
      return { ...file, metadata };
    });
}

/** Reads one file of a corpus; its manifest metadata, when present, overrides what the file gives. */
export function readCorpusFile(file: CorpusFile, options: { maxChars?: number } = {}): Article {
  const article = readArticleFile(file.path, options);
  if (!file.metadata) return article;
  return validateArticle({ ...article, ...definedOnly(file.metadata) }, options);
}

function readManifest(dir: string): Map<string, ManifestEntry> {
  const entries = new Map<string, ManifestEntry>();
  let raw: string;
  try {
    raw = readFileSync(join(dir, 'manifest.json'), 'utf8');
  } catch {
    return entries;
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new ArticleInputError(
      'INVALID_FIELD',
      `${join(dir, 'manifest.json')} is not valid JSON: ${describe(error)}`,
      {
        field: 'manifest',
      },
    );
  }
  const documents = (data as { documents?: unknown }).documents;
  if (!Array.isArray(documents)) return entries;
  for (const entry of documents) {
    if (entry && typeof entry === 'object' && typeof (entry as ManifestEntry).file === 'string') {
      entries.set((entry as ManifestEntry).file, entry as ManifestEntry);
    }
  }
  return entries;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && (error as { code: string }).code === 'ENOENT')
    return 'no such file';
  return error instanceof Error ? error.message : String(error);
}
