import type { Article, ArticleInput } from '../ontology/documents.js';
import { documentId } from './document-id.js';

/** The longest article text accepted, in characters. */
export const MAX_ARTICLE_CHARS = 1_000_000;

export type ArticleInputErrorCode = 'EMPTY' | 'TOO_LARGE' | 'BINARY' | 'INVALID_ENCODING' | 'INVALID_FIELD';

/** An article the extractor refuses, with a message meant for the person who submitted it. */
export class ArticleInputError extends Error {
  readonly code: ArticleInputErrorCode;
  field?: string;
  limit?: number;
  actual?: number;

  constructor(
    code: ArticleInputErrorCode,
    message: string,
    details: { field?: string; limit?: number; actual?: number } = {},
  ) {
    super(message);
    this.name = 'ArticleInputError';
    this.code = code;
    if (details.field !== undefined) this.field = details.field;
    if (details.limit !== undefined) this.limit = details.limit;
    if (details.actual !== undefined) this.actual = details.actual;
  }
}

const OPTIONAL_STRING_FIELDS = ['id', 'title', 'source', 'url', 'publishedAt'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Checks an article before extraction and gives it an id (`input.id`, else `documentId(text)`).
 * @throws ArticleInputError — EMPTY, TOO_LARGE, BINARY (NUL or control bytes) or INVALID_FIELD.
 */
export function validateArticle(input: ArticleInput, options: { maxChars?: number } = {}): Article {
  const maxChars = options.maxChars ?? MAX_ARTICLE_CHARS;
  if (typeof input !== 'object' || input === null) {
    throw new ArticleInputError('INVALID_FIELD', 'An article must be an object with a "text" field.', {
      field: 'text',
    });
  }
  const { text } = input;
  if (typeof text !== 'string') {
    throw new ArticleInputError('INVALID_FIELD', 'The article "text" must be a string.', { field: 'text' });
  }
  if (text.length > maxChars) {
    throw new ArticleInputError(
      'TOO_LARGE',
      `The article is too long: ${text.length.toLocaleString('en-US')} characters, the limit is ${maxChars.toLocaleString('en-US')}.`,
      { field: 'text', limit: maxChars, actual: text.length },
    );
  }
  if (text.trim() === '') {
    throw new ArticleInputError('EMPTY', 'The article text is empty.', { field: 'text' });
  }
  if (looksBinary(text)) {
    throw new ArticleInputError(
      'BINARY',
      'The article text contains binary data (NUL or control characters).',
      {
        field: 'text',
      },
    );
  }
  for (const field of OPTIONAL_STRING_FIELDS) {
    const value = input[field];
    if (value !== undefined && typeof value !== 'string') {
      throw new ArticleInputError('INVALID_FIELD', `The article "${field}" must be a string.`, { field });
    }
  }
  if (input.id !== undefined && input.id.trim() === '') {
    throw new ArticleInputError('INVALID_FIELD', 'The article "id" must not be empty.', { field: 'id' });
  }
  if (input.publishedAt !== undefined && !isValidDate(input.publishedAt)) {
    throw new ArticleInputError(
      'INVALID_FIELD',
      `The article "publishedAt" must be an ISO 8601 date such as 2025-11-03, not "${input.publishedAt}".`,
      { field: 'publishedAt' },
    );
  }
  return { ...input, id: input.id ?? documentId(text) };
}

/**
 * Decodes the bytes of an article file as UTF-8, dropping a byte-order mark.
 * @throws ArticleInputError — BINARY for NUL/control bytes, INVALID_ENCODING for malformed UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) {
    throw new ArticleInputError('BINARY', 'The file is binary (it contains NUL bytes), not a text article.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ArticleInputError(
      'INVALID_ENCODING',
      'The file is not valid UTF-8 text. Save it as UTF-8 and try again.',
    );
  }
  if (looksBinary(text)) {
    throw new ArticleInputError(
      'BINARY',
      'The file is binary (it contains control characters), not a text article.',
    );
  }
  return text;
}

/** NUL, or a noticeable share of C0 control characters other than tab, newline, carriage return and form feed. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) controls++;
  }
  return controls > 0 && controls / text.length > 0.001;
}

function isValidDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10)));
}
