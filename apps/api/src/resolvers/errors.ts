import { ArticleInputError } from '@entente/core';
import { createGraphQLError } from 'graphql-yoga';

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
}

export type UserErrorValue = NotFoundErrorValue | InvalidInputErrorValue | TooLargeErrorValue;

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

export function isArticleInputError(error: unknown): error is ArticleInputError {
  return error instanceof ArticleInputError;
}

/**
 * For arguments of fields whose type has no error union (page sizes, cursors, limits): a GraphQL error
 * with a machine-readable code; the rest of the query still resolves.
 */
export function invalidArgument(message: string, argument: string): Error {
  return createGraphQLError(message, { extensions: { code: 'INVALID_INPUT', argument } });
}
