/**
 * The one URL form of a filter, shared by the web app's address bar and the API's export endpoints:
 * `?types=opposes,criticizes&polarities=conflictual&kinds=state&since=2025-11-01&until=2025-11-30&minWeight=2&hideIsolated=false`.
 * Parameters are named as the filter's fields; lists are comma-separated, in the ontology's order.
 */
import { ACTOR_KINDS, isActorKind } from '../ontology/actors.js';
import { isPolarity, isRelationType, POLARITIES, RELATION_TYPES } from '../ontology/relations.js';
import { GRAPH_FILTER_FIELDS, type GraphFilter, isIsoDate } from './filter.js';

/** A parameter `filterFromQuery` could not read, and why; the rest of the filter is still read. */
export interface FilterQueryProblem {
  parameter: string;
  message: string;
}

/**
 * Names the web app's links used before the filter had one form (`?pol=…&min=2&isolated=show`): still
 * read so that links shared then open the same view, never written.
 */
const LEGACY_PARAMETERS = { polarities: 'pol', minWeight: 'min', hideIsolated: 'isolated' } as const;

const LISTS = {
  types: { all: RELATION_TYPES, accepts: isRelationType },
  polarities: { all: POLARITIES, accepts: isPolarity },
  kinds: { all: ACTOR_KINDS, accepts: isActorKind },
} as const;

const FLAGS = new Map([
  ['true', true],
  ['1', true],
  ['false', false],
  ['0', false],
]);

/**
 * Writes the filter's fields into `params` (a new URLSearchParams by default) and returns it. Fields the
 * filter leaves undefined are removed, so a query string can be updated in place and keeps the
 * parameters that are not the filter's. An empty list has no URL form (an empty parameter reads as
 * absent): it is left out, as links have always done.
 */
export function filterToQuery(filter: GraphFilter, params = new URLSearchParams()): URLSearchParams {
  for (const legacy of Object.values(LEGACY_PARAMETERS)) params.delete(legacy);
  for (const field of GRAPH_FILTER_FIELDS) {
    const value = filter[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) params.delete(field);
    else params.set(field, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params;
}

/**
 * Reads a filter from query parameters. Absent or empty parameters leave their field undefined; what
 * cannot be read is left out and reported in `problems` (unknown list values are dropped one by one), so
 * the caller decides between refusing the request and showing what could be read.
 */
export function filterFromQuery(params: URLSearchParams): {
  filter: GraphFilter;
  problems: FilterQueryProblem[];
} {
  const filter: GraphFilter = {};
  const problems: FilterQueryProblem[] = [];
  const problem = (parameter: string, message: string) => problems.push({ parameter, message });
  const read = (field: keyof typeof LEGACY_PARAMETERS | keyof typeof LISTS | 'since' | 'until') => {
    const value = params.get(field);
    if (value !== null || !(field in LEGACY_PARAMETERS)) return { name: field, value };
    const legacy = LEGACY_PARAMETERS[field as keyof typeof LEGACY_PARAMETERS];
    return { name: legacy, value: params.get(legacy) };
  };

  for (const field of ['types', 'polarities', 'kinds'] as const) {
    const { name, value } = read(field);
    if (!value) continue;
    const { all, accepts } = LISTS[field];
    const wanted = new Set<string>();
    for (const item of value.split(',').map((part) => part.trim())) {
      if ((accepts as (item: unknown) => boolean)(item)) wanted.add(item);
      else problem(name, `Unknown value "${item}" for "${name}".`);
    }
    (filter as Record<string, unknown>)[field] = all.filter((item) => wanted.has(item));
  }
  for (const field of ['since', 'until'] as const) {
    const value = params.get(field);
    if (!value) continue;
    if (isIsoDate(value)) filter[field] = value;
    else problem(field, `"${field}" must be an ISO date such as 2025-11-03, got "${value}".`);
  }
  const minWeight = read('minWeight');
  if (minWeight.value) {
    if (/^\d+$/.test(minWeight.value)) filter.minWeight = Number(minWeight.value);
    else problem(minWeight.name, `"${minWeight.name}" must be a whole number, got "${minWeight.value}".`);
  }
  const hideIsolated = read('hideIsolated');
  if (hideIsolated.name === 'isolated') {
    // The legacy form only ever said `isolated=show`.
    if (hideIsolated.value === 'show') filter.hideIsolated = false;
  } else if (hideIsolated.value) {
    const flag = FLAGS.get(hideIsolated.value);
    if (flag === undefined)
      problem('hideIsolated', `"hideIsolated" must be true or false, got "${hideIsolated.value}".`);
    else filter.hideIsolated = flag;
  }
  return { filter, problems };
}
