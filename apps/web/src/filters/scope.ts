/**
 * The map's filter as the API reads it (`GraphFilter`), so the panels, the lists and the timeline show
 * what the map shows; and a short caption saying what the filter leaves out.
 */
import type { GraphFilter } from '@entente/core/filter';
import { ACTOR_KINDS, POLARITIES, RELATION_TYPES } from '@entente/core/ontology';
import { formatSpan } from '../components/format';
import { type FilterState, narrowingFilter } from './filter';

/** The API's `GraphFilter` as the panels send it (hideIsolated aside: they keep the actor they were opened on). */
export type GraphFilterInput = Omit<GraphFilter, 'hideIsolated'>;

/**
 * Only the restrictive parts, so an unfiltered map asks the API for the live graph (its cheapest answer);
 * null when nothing is filtered. `dates: false` leaves the date range out (the timeline's own span).
 */
export function toGraphFilterInput(filters: FilterState, { dates = true } = {}): GraphFilterInput | null {
  const { hideIsolated: _, since, until, ...input }: GraphFilter = narrowingFilter(filters);
  const scoped: GraphFilterInput = dates
    ? { ...input, ...(since && { since }), ...(until && { until }) }
    : input;
  return Object.keys(scoped).length > 0 ? scoped : null;
}

/** A stable key of the input for caching queries. */
export function scopeKey(input: GraphFilterInput | null): string {
  return input ? JSON.stringify(input) : 'all';
}

/** "3 Nov 2025 – 10 Nov 2025 · 2 of 3 kinds of tie · at least 2 sources", or null without a filter. */
export function describeScope(filters: FilterState): string | null {
  const parts: string[] = [];
  if (filters.since || filters.until) {
    if (filters.since && filters.until) parts.push(formatSpan(filters.since, filters.until));
    else if (filters.since) parts.push(`from ${formatSpan(filters.since, null)}`);
    else parts.push(`until ${formatSpan(null, filters.until)}`);
  }
  if (filters.polarities.length !== POLARITIES.length) {
    parts.push(`${filters.polarities.length} of ${POLARITIES.length} kinds of tie`);
  }
  if (filters.types.length !== RELATION_TYPES.length) {
    parts.push(`${filters.types.length} of ${RELATION_TYPES.length} relation types`);
  }
  if (filters.kinds.length !== ACTOR_KINDS.length) {
    parts.push(`${filters.kinds.length} of ${ACTOR_KINDS.length} actor kinds`);
  }
  if (filters.minWeight > 1) parts.push(`at least ${filters.minWeight} sources`);
  return parts.length > 0 ? parts.join(' · ') : null;
}
