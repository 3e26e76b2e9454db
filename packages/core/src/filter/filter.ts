import type { ActorKind } from '../ontology/actors.js';
import type { Polarity, RelationType } from '../ontology/relations.js';

/**
 * What to keep of a graph: the one filter of Entente. The API's `GraphFilter` input states the same
 * fields (a test holds them together), the web app's filter state is its complete form, and
 * `filterToQuery`/`filterFromQuery` carry it in URLs. Every criterion is optional; an empty filter
 * keeps everything.
 */
export interface GraphFilter {
  types?: RelationType[];
  polarities?: Polarity[];
  kinds?: ActorKind[];
  /** ISO date (or prefix: "2025", "2025-10"): keep evidence dated on or after it. */
  since?: string;
  /** ISO date (or prefix): keep evidence dated on or before it. */
  until?: string;
  /** Minimum number of distinct documents (sources) an edge needs, counted after the date filter. */
  minWeight?: number;
  /** Drop actors left without any relation. */
  hideIsolated?: boolean;
}

/** The filter's fields, in the order URLs list them. */
export const GRAPH_FILTER_FIELDS = [
  'types',
  'polarities',
  'kinds',
  'since',
  'until',
  'minWeight',
  'hideIsolated',
] as const satisfies readonly (keyof GraphFilter)[];

// Fails to compile when GraphFilter gains a field the list above does not name.
type Unlisted = Exclude<keyof GraphFilter, (typeof GRAPH_FILTER_FIELDS)[number]>;
const _everyFieldListed: [Unlisted] extends [never] ? true : Unlisted = true;

/** ISO 8601 calendar date, possibly reduced ("2025", "2025-11") or with a time and offset. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Whether a string is an ISO 8601 date or date-time that names a real day ("2025-11-03", "2025-11"). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value.length === 4 ? `${value}-01-01` : value));
}

/** A filter without the fields an input left null or undefined (GraphQL sends explicit nulls at times). */
export function filterWithoutNulls(
  input: { [Field in keyof GraphFilter]?: GraphFilter[Field] | null },
): GraphFilter {
  const filter: Record<string, unknown> = {};
  for (const field of GRAPH_FILTER_FIELDS) {
    const value = input[field];
    if (value !== null && value !== undefined) filter[field] = value;
  }
  return filter as GraphFilter;
}
