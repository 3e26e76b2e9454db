/**
 * The map's filter as the API reads it (`GraphFilter`), so the panels, the lists and the timeline show
 * what the map shows; and a short caption saying what the filter leaves out.
 */
import type { GraphFilter } from '@entente/core/filter';
import { filterClauses } from './describeFilters';
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

/** "kinds of tie: hostility · evidence dated 3 Nov 2025 – 10 Nov 2025", or null without a filter. */
export function describeScope(filters: FilterState): string | null {
  const clauses = filterClauses(filters, { isolated: false });
  return clauses.length > 0 ? clauses.join(' · ') : null;
}
