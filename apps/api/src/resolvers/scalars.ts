import { isIsoDate } from '@entente/core';
import type { ValueNode } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw createGraphQLError(
      `DateTime must be an ISO 8601 date or date-time such as "2025-11-03", got ${JSON.stringify(value)}.`,
      { extensions: { code: 'INVALID_INPUT' } },
    );
  }
  return value;
}

/**
 * The DateTime scalar, as graphql-tools scalar resolvers (no GraphQLScalarType instance, so the schema
 * never mixes classes from two copies of graphql-js). Dates travel as the ISO strings the documents
 * state, unchanged, so no precision is invented.
 */
export const DateTimeScalar = {
  __serialize: (value: unknown): string => {
    if (typeof value !== 'string') throw createGraphQLError('DateTime values are ISO strings.');
    return value;
  },
  __parseValue: parseDateTime,
  __parseLiteral: (node: ValueNode): string => {
    if (node.kind !== 'StringValue') throw createGraphQLError('DateTime must be a string.', { nodes: node });
    return parseDateTime(node.value);
  },
};
