/** The article form's fields, the checks the browser can make before the server does, and the API's errors as sentences. */
import type { IngestInput } from '../../api/queries';
import type { UserErrorData } from '../../api/types';

export interface IngestFields {
  text: string;
  title: string;
  source: string;
  url: string;
  publishedAt: string;
}

export type IngestErrors = Partial<Record<keyof IngestFields, string>>;

export const EMPTY_INGEST_FIELDS: IngestFields = {
  text: '',
  title: '',
  source: '',
  url: '',
  publishedAt: '',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the browser can make before the server does (the server remains the authority). */
export function validateIngest(fields: IngestFields): IngestErrors {
  const errors: IngestErrors = {};
  if (!fields.text.trim()) errors.text = 'Paste the text of the article.';
  if (
    fields.publishedAt &&
    (!DATE.test(fields.publishedAt) || Number.isNaN(Date.parse(fields.publishedAt)))
  ) {
    errors.publishedAt = 'Use a date like 2025-11-03.';
  }
  if (fields.url) {
    try {
      const url = new URL(fields.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') errors.url = 'Use an http(s) address.';
    } catch {
      errors.url = 'This is not a valid web address.';
    }
  }
  return errors;
}

/** Only the fields the user filled, trimmed: empty strings are not metadata. */
export function toIngestInput(fields: IngestFields): IngestInput {
  const input: IngestInput = { text: fields.text };
  if (fields.title.trim()) input.title = fields.title.trim();
  if (fields.source.trim()) input.source = fields.source.trim();
  if (fields.url.trim()) input.url = fields.url.trim();
  if (fields.publishedAt) input.publishedAt = fields.publishedAt;
  return input;
}

/** A sentence a user can act on, for each error the API returns as a value. */
export function describeUserError(error: UserErrorData): string {
  switch (error.__typename) {
    case 'TooLargeError':
      // Titles, sources and urls have limits too; the server's message names the field.
      if (error.field && error.field !== 'text') return error.message;
      return `The article is too long: ${error.actual?.toLocaleString('en')} characters, the limit is ${error.limit?.toLocaleString('en')}.`;
    case 'InvalidInputError':
      return error.field ? `${error.message} (field: ${error.field})` : error.message;
    default:
      return error.message;
  }
}
