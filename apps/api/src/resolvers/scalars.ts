import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** ISO 8601 calendar date, possibly reduced ("2025", "2025-11") or with a time and offset. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function parseDateTime(value: unknown): string {
  if (
    typeof value !== 'string' ||
    !ISO_DATE.test(value) ||
    Number.isNaN(Date.parse(value.length === 4 ? `${value}-01-01` : value))
  ) {
    throw new GraphQLError(
      `DateTime must be an ISO 8601 date or date-time such as "2025-11-03", got ${JSON.stringify(value)}.`,
      {
        extensions: { code: 'INVALID_INPUT' },
      },
    );
  }
  return value;
}

/** Dates travel as the ISO strings the documents state, unchanged, so no precision is invented. */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'ISO 8601 date (YYYY-MM-DD) or date-time.',
  serialize: (value) => {
    if (typeof value !== 'string') throw new GraphQLError('DateTime values are ISO strings.');
    return value;
  },
  parseValue: parseDateTime,
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string.', { nodes: node });
    return parseDateTime(node.value);
  },
});
