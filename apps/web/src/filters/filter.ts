/**
 * Client-side filtering of the full graph. The app lays the whole graph out once and then only hides
 * what filters exclude, so nodes never jump when a filter changes. Dates are the exception: which
 * evidence falls in a range is the API's call (`DatedEdges`), so the map and the GEXF export agree.
 */
import type { GraphFilter } from '@entente/core/filter';
import { ACTOR_KINDS, POLARITIES, type Polarity, RELATION_TYPES } from '@entente/core/ontology';
import type { GraphEdgeData, GraphViewData } from '../api/types';

/**
 * The map's filter in full: core's `GraphFilter` (the API's, and the export URLs') with every field
 * set, open dates as null. `minWeight` is the minimum number of distinct documents (sources).
 */
export type FilterState = Required<Omit<GraphFilter, 'since' | 'until'>> & {
  since: string | null;
  until: string | null;
};

/** Polarity follows the kind of tie (docs/relations.md), so filters name the kinds. */
export const POLARITY_LABELS: Readonly<Record<Polarity, string>> = {
  cooperative: 'Alignment',
  conflictual: 'Hostility',
  neutral: 'Contact and roles',
};

export const DEFAULT_FILTERS: FilterState = {
  types: [...RELATION_TYPES],
  polarities: [...POLARITIES],
  kinds: [...ACTOR_KINDS],
  since: null,
  until: null,
  minWeight: 1,
  hideIsolated: true,
};

/**
 * The part of the map's filter that narrows the graph, as the API and URLs take it: lists that leave
 * nothing out (or that are empty), open dates and a minimum of one source are left out; hideIsolated
 * is always stated.
 */
export function narrowingFilter(filters: FilterState): GraphFilter {
  const filter: GraphFilter = {};
  const narrows = (list: readonly string[], all: readonly string[]) =>
    list.length > 0 && list.length < all.length;
  if (narrows(filters.types, RELATION_TYPES)) filter.types = filters.types;
  if (narrows(filters.polarities, POLARITIES)) filter.polarities = filters.polarities;
  if (narrows(filters.kinds, ACTOR_KINDS)) filter.kinds = filters.kinds;
  if (filters.since) filter.since = filters.since;
  if (filters.until) filter.until = filters.until;
  if (filters.minWeight > 1) filter.minWeight = filters.minWeight;
  filter.hideIsolated = filters.hideIsolated;
  return filter;
}

/** The map's filter a `GraphFilter` stands for: the map's defaults for whatever it leaves out. */
export function filterStateOf(filter: GraphFilter): FilterState {
  return {
    types: filter.types ?? DEFAULT_FILTERS.types,
    polarities: filter.polarities ?? DEFAULT_FILTERS.polarities,
    kinds: filter.kinds ?? DEFAULT_FILTERS.kinds,
    since: filter.since ?? null,
    until: filter.until ?? null,
    minWeight: Math.max(DEFAULT_FILTERS.minWeight, filter.minWeight ?? 0),
    hideIsolated: filter.hideIsolated ?? DEFAULT_FILTERS.hideIsolated,
  };
}

/**
 * What the API says about a date range: the relations with evidence dated inside it, each with the
 * number of documents reporting it inside it (the weight `minWeight` is compared to then).
 */
export type DatedEdges = ReadonlyMap<string, number>;

export interface VisibleSet {
  nodes: Set<string>;
  edges: Set<string>;
}

/** The date part of an ISO date or date-time, so dates and date-times compare as strings. */
function day(value: string): string {
  return value.slice(0, 10);
}

/**
 * Whether an edge's dates overlap [since, until]. An edge spans firstSeen..lastSeen; edges with no date
 * at all are dropped as soon as a bound is set, since nothing says they fall inside it. Only a stand-in
 * while the API's answer (`DatedEdges`) is on its way: a span can overlap a range no evidence falls in.
 */
export function edgeInDateRange(edge: GraphEdgeData, since: string | null, until: string | null): boolean {
  if (!since && !until) return true;
  const first = edge.firstSeen ?? edge.lastSeen;
  const last = edge.lastSeen ?? edge.firstSeen;
  if (!first || !last) return false;
  if (since && day(last) < day(since)) return false;
  if (until && day(first) > day(until)) return false;
  return true;
}

/**
 * Nodes and edges that pass the filters. An edge needs both its ends visible. With a date range,
 * `dated` (the API's answer for that range) decides which edges fall in it and how many sources each
 * has there; without it yet, the edges' first/last seen dates stand in.
 */
export function applyFilters(
  view: GraphViewData,
  filters: FilterState,
  dated?: DatedEdges | null,
): VisibleSet {
  const byDate = filters.since !== null || filters.until !== null;
  const kinds = new Set(filters.kinds);
  const types = new Set(filters.types);
  const polarities = new Set(filters.polarities);
  const kindOk = new Set<string>();
  for (const node of view.nodes) if (kinds.has(node.kind)) kindOk.add(node.id);

  const edges = new Set<string>();
  const touched = new Set<string>();
  for (const edge of view.edges) {
    if (!types.has(edge.type) || !polarities.has(edge.polarity)) continue;
    if (!kindOk.has(edge.source) || !kindOk.has(edge.target)) continue;
    if (byDate && dated) {
      const weight = dated.get(edge.id);
      if (weight === undefined || weight < filters.minWeight) continue;
    } else {
      if (edge.weight < filters.minWeight) continue;
      if (!edgeInDateRange(edge, filters.since, filters.until)) continue;
    }
    edges.add(edge.id);
    touched.add(edge.source);
    touched.add(edge.target);
  }
  const nodes = filters.hideIsolated ? touched : kindOk;
  return { nodes, edges };
}

/** Whether the filters differ from the defaults (the UI offers a reset then). */
export function isFiltered(filters: FilterState): boolean {
  return (
    filters.types.length !== RELATION_TYPES.length ||
    filters.polarities.length !== POLARITIES.length ||
    filters.kinds.length !== ACTOR_KINDS.length ||
    filters.since !== null ||
    filters.until !== null ||
    filters.minWeight !== DEFAULT_FILTERS.minWeight ||
    filters.hideIsolated !== DEFAULT_FILTERS.hideIsolated
  );
}

/** "showing 23 of 40 actors, 51 of 80 relations" */
export function describeCounts(visible: VisibleSet, view: GraphViewData): string {
  const actors = `${visible.nodes.size} of ${view.nodes.length} actors`;
  const relations = `${visible.edges.size} of ${view.edges.length} relations`;
  return `Showing ${actors}, ${relations}`;
}
