import { isRelationType, RELATION_TYPES } from '../ontology/relations.js';
import { GoldFormatError } from './gold-error.js';
import type { GoldRelation, NegativeRelation } from './types.js';

const REQUIRED_FIELDS = ['doc', 'quote', 'source', 'type', 'target'] as const;
const KNOWN_FIELDS = new Set<string>([...REQUIRED_FIELDS, 'note']);

/** The wildcard a negative row may use for `source` or `target`. */
export const ANY_ACTOR = '*';

/**
 * Reads a gold file: JSON Lines, one `{"doc","quote","source","type","target","note"?}` object a line.
 * Blank lines are skipped. Any other problem throws a {@link GoldFormatError} naming the line, because a
 * silently dropped gold row would make the extractor look better than it is.
 */
export function parseGold(text: string, origin?: string): GoldRelation[] {
  return parseRows(text, origin, false);
}

/** Reads a negatives file: the gold format, where `source` or `target` may be `"*"` (any actor). */
export function parseNegatives(text: string, origin?: string): NegativeRelation[] {
  return parseRows(text, origin, true);
}

function parseRows(text: string, origin: string | undefined, allowWildcard: boolean): GoldRelation[] {
  const rows: GoldRelation[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    rows.push(parseRow(line, index + 1, origin, allowWildcard));
  });
  return rows;
}

function parseRow(
  line: string,
  lineNumber: number,
  origin: string | undefined,
  allowWildcard: boolean,
): GoldRelation {
  const fail = (message: string): never => {
    throw new GoldFormatError(message, lineNumber, origin);
  };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    fail(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('expected a JSON object');
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KNOWN_FIELDS.has(key)) fail(`unknown field "${key}" (expected ${[...KNOWN_FIELDS].join(', ')})`);
  }
  for (const field of REQUIRED_FIELDS) {
    const fieldValue = record[field];
    if (typeof fieldValue !== 'string' || fieldValue.trim() === '') {
      fail(`field "${field}" must be a non-empty string`);
    }
  }
  const { doc, quote, source, type, target, note } = record as Record<string, string>;
  if (!isRelationType(type)) {
    return fail(`unknown relation type "${type}" (expected one of ${RELATION_TYPES.join(', ')})`);
  }
  if (note !== undefined && typeof note !== 'string') fail('field "note" must be a string');
  if (!allowWildcard && (source === ANY_ACTOR || target === ANY_ACTOR)) {
    fail(`"${ANY_ACTOR}" is only allowed in a negatives file`);
  }
  if (source === target && source !== ANY_ACTOR) fail(`source and target are the same actor "${source}"`);
  const row: GoldRelation = { doc: doc!, quote: quote!, source: source!, type, target: target! };
  if (note !== undefined) row.note = note;
  return row;
}
