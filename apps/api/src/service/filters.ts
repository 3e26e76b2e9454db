import {
  type EntenteGraph,
  filterGraph,
  filterWithoutNulls,
  type GraphFilter,
  type Polarity,
} from '@entente/core';
import type * as Types from '../schema/types.generated.js';
import type { GraphService } from './graph-service.js';

// The schema's GraphFilter input states core's GraphFilter, field for field (test/contract.test.ts checks
// the names and types against the schema; this fails to compile when the generated input drifts).
type Drift =
  | Exclude<keyof Types.GraphFilter, keyof GraphFilter>
  | Exclude<keyof GraphFilter, keyof Types.GraphFilter>;
const _inputStatesTheFilter: [Drift] extends [never] ? true : Drift = true;

/** The core filter a `GraphFilter` input stands for. The schema defaults hideIsolated to true; a missing filter too. */
export function toGraphFilter(input: Types.GraphFilter | null | undefined): GraphFilter {
  return { ...filterWithoutNulls(input ?? {}), hideIsolated: input?.hideIsolated ?? true };
}

/** Whether the filter can leave anything out (otherwise the live graph is used as is, with no copy). */
export function isRestrictive(filter: GraphFilter): boolean {
  return Boolean(
    filter.types ||
      filter.polarities ||
      filter.kinds ||
      filter.since ||
      filter.until ||
      (filter.minWeight !== undefined && filter.minWeight > 1) ||
      filter.hideIsolated,
  );
}

/** The graph a filter keeps: the live graph itself when nothing can be left out. */
export function filteredGraph(graph: EntenteGraph, filter: GraphFilter): EntenteGraph {
  return isRestrictive(filter) ? filterGraph(graph, filter) : graph;
}

/**
 * The polarities a `RelationFilter` or `NeighborFilter` keeps: `polarities`, or the deprecated single
 * `polarity` (both given: the relations of a polarity in both); null for any.
 */
export function polaritiesOf(
  input: { polarities?: Polarity[] | null; polarity?: Polarity | null } | null | undefined,
): Polarity[] | null {
  if (!input?.polarity) return input?.polarities ?? null;
  if (!input.polarities) return [input.polarity];
  return input.polarities.filter((polarity) => polarity === input.polarity);
}

/**
 * Keys of the relations matching a `RelationFilter`, sorted, with the graph they were read from: a
 * filtered copy when dates are given, since a time window narrows each relation's evidence too.
 */
export function filterRelations(
  service: GraphService,
  input: Types.RelationFilter | null | undefined,
): { graph: EntenteGraph; keys: string[] } {
  const { polarity, actor, ...rest } = input ?? {};
  const filter = filterWithoutNulls({ ...rest, polarities: polaritiesOf(input) });
  const view = filteredGraph(service.graph, filter);
  const keys = actor ? (view.hasNode(actor) ? view.edges(actor) : []) : view.edges();
  return { graph: view, keys: keys.sort() };
}

/** What `scopedGraph` needs of the service: its live graph and the per-version memo. */
interface ScopeSource {
  graph: EntenteGraph;
  analytics: { memoize<T>(key: string, compute: () => T): T };
}

/**
 * The graph a panel reads within the map's filter: relations, evidence and actors narrowed as the map's
 * are, but no actor dropped for being isolated (a panel opened on one still answers, with no relation).
 * The live graph itself when the filter leaves nothing out; copies are cached per graph version.
 */
export function scopedGraph(source: ScopeSource, input: Types.GraphFilter | null | undefined): EntenteGraph {
  const filter = toGraphFilter({ ...input, hideIsolated: false });
  if (!isRestrictive(filter)) return source.graph;
  return source.analytics.memoize(`scope:${JSON.stringify(filter)}`, () => filterGraph(source.graph, filter));
}
