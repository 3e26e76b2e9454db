import {
  type EntenteGraph,
  filterGraph,
  type GraphFilter,
  type Polarity,
  type RelationType,
} from '@entente/core';

/** The `RelationFilter` input of the schema. */
export interface RelationFilterInput {
  types?: RelationType[] | null;
  polarity?: Polarity | null;
  actor?: string | null;
  since?: string | null;
  until?: string | null;
  minWeight?: number | null;
}

/** The `GraphFilter` input of the schema (GraphQL sends explicit nulls for omitted fields at times). */
export interface GraphFilterInput {
  types?: GraphFilter['types'] | null;
  polarities?: GraphFilter['polarities'] | null;
  kinds?: GraphFilter['kinds'] | null;
  since?: string | null;
  until?: string | null;
  minWeight?: number | null;
  hideIsolated?: boolean | null;
}

/** The core filter an input stands for, without the nulls. */
export function toGraphFilter(input: GraphFilterInput | null | undefined): GraphFilter {
  const filter: GraphFilter = {};
  if (input?.types) filter.types = input.types;
  if (input?.polarities) filter.polarities = input.polarities;
  if (input?.kinds) filter.kinds = input.kinds;
  if (input?.since) filter.since = input.since;
  if (input?.until) filter.until = input.until;
  if (input?.minWeight != null) filter.minWeight = input.minWeight;
  // The schema defaults hideIsolated to true; a missing filter gets the same default.
  filter.hideIsolated = input?.hideIsolated ?? true;
  return filter;
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

/**
 * Keys of the relations matching a `RelationFilter`, sorted, with the graph they were read from: a
 * filtered copy when dates are given, since a time window narrows each relation's evidence too.
 */
export function filterRelations(
  graph: EntenteGraph,
  input: RelationFilterInput | null | undefined,
): { graph: EntenteGraph; keys: string[] } {
  const filter: GraphFilter = {};
  if (input?.types) filter.types = input.types;
  if (input?.polarity) filter.polarities = [input.polarity];
  if (input?.since) filter.since = input.since;
  if (input?.until) filter.until = input.until;
  if (input?.minWeight != null) filter.minWeight = input.minWeight;
  const view = isRestrictive(filter) ? filterGraph(graph, filter) : graph;
  const actor = input?.actor;
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
export function scopedGraph(source: ScopeSource, input: GraphFilterInput | null | undefined): EntenteGraph {
  const filter = toGraphFilter({ ...input, hideIsolated: false });
  if (!isRestrictive(filter)) return source.graph;
  return source.analytics.memoize(`scope:${JSON.stringify(filter)}`, () => filterGraph(source.graph, filter));
}
