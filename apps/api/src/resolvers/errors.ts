import { ArticleInputError } from '@entente/core';
import { createGraphQLError } from 'graphql-yoga';
import { ExtractionLimitError } from '../service/extraction-pool.js';
import { StorageError, type StorageFaultReason } from '../store/storage-error.js';

/** Error values of the schema's `UserError` types; `__typename` lets the unions resolve them. */
export interface NotFoundErrorValue {
  __typename: 'NotFoundError';
  code: 'NOT_FOUND';
  message: string;
  id: string;
}

export interface InvalidInputErrorValue {
  __typename: 'InvalidInputError';
  code: 'INVALID_INPUT';
  message: string;
  field?: string;
}

export interface TooLargeErrorValue {
  __typename: 'TooLargeError';
  code: 'TOO_LARGE';
  message: string;
  limit: number;
  actual: number;
  field?: string;
}

export interface ExtractionErrorValue {
  __typename: 'ExtractionError';
  code: ExtractionLimitError['code'];
  message: string;
  limit: number;
}

export interface StorageErrorValue {
  __typename: 'StorageError';
  code: 'STORAGE_ERROR';
  message: string;
  reason: 'READ_ONLY' | 'FULL' | 'CORRUPT' | 'IO';
}

/** What a write can fail with that the client can act on. */
export type WriteErrorValue =
  | InvalidInputErrorValue
  | TooLargeErrorValue
  | ExtractionErrorValue
  | StorageErrorValue;

export function notFound(
  what: string,
  id: string,
  message = `No ${what} with id "${id}".`,
): NotFoundErrorValue {
  return { __typename: 'NotFoundError', code: 'NOT_FOUND', message, id };
}

/** Maps the extractor's refusal of an article to the error value the client can act on. */
export function articleInputErrorValue(
  error: ArticleInputError,
): InvalidInputErrorValue | TooLargeErrorValue {
  if (error.code === 'TOO_LARGE') {
    return {
      __typename: 'TooLargeError',
      code: 'TOO_LARGE',
      message: error.message,
      limit: error.limit ?? 0,
      actual: error.actual ?? 0,
      field: error.field ?? 'text',
    };
  }
  const value: InvalidInputErrorValue = {
    __typename: 'InvalidInputError',
    code: 'INVALID_INPUT',
    message: error.message,
  };
  value.field = error.field ?? 'text';
  return value;
}

const STORAGE_REASONS: Record<StorageFaultReason, StorageErrorValue['reason']> = {
  'read-only': 'READ_ONLY',
  full: 'FULL',
  corrupt: 'CORRUPT',
  io: 'IO',
};

export function storageErrorValue(error: StorageError): StorageErrorValue {
  return {
    __typename: 'StorageError',
    code: 'STORAGE_ERROR',
    message: error.message,
    reason: STORAGE_REASONS[error.reason],
  };
}

/**
 * The error value of a failed write the client can act on (its input, the extractor's limits, the
 * database's state), or undefined for an unexpected failure, which stays a masked GraphQL error.
 */
export function writeErrorValue(error: unknown): WriteErrorValue | undefined {
  if (error instanceof ArticleInputError) return articleInputErrorValue(error);
  if (error instanceof ExtractionLimitError) {
    return { __typename: 'ExtractionError', code: error.code, message: error.message, limit: error.limit };
  }
  if (error instanceof StorageError) return storageErrorValue(error);
  return undefined;
}

/**
 * A read of the database that failed, for a field without an error union: a GraphQL error saying what
 * could not be read and why (code STORAGE_ERROR, with the fault's reason). Anything else is unexpected
 * and stays masked.
 */
export function storageReadError(error: unknown, what: string): unknown {
  if (!(error instanceof StorageError)) return error;
  return createGraphQLError(`Could not read ${what} from the database: ${error.message}`, {
    extensions: { code: 'STORAGE_ERROR', reason: STORAGE_REASONS[error.reason] },
  });
}

/**
 * For arguments of fields whose type has no error union (page sizes, cursors, limits): a GraphQL error
 * with a machine-readable code; the rest of the query still resolves.
 */
export function invalidArgument(message: string, argument: string): Error {
  return createGraphQLError(message, { extensions: { code: 'INVALID_INPUT', argument } });
}
