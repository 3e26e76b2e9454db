/**
 * The map's filter as the API reads it (`GraphFilter`), so the panels, the lists and the timeline show
 * what the map shows; and a short caption saying what the filter leaves out.
 */
import {
  ACTOR_KINDS,
  type ActorKind,
  POLARITIES,
  type Polarity,
  RELATION_TYPES,
  type RelationType,
} from '@entente/core/ontology';
import { formatSpan } from '../components/format';
import type { FilterState } from './filter';

/** The API's `GraphFilter` input (hideIsolated aside: panels keep the actor they were opened on). */
export interface GraphFilterInput {
  types?: RelationType[];
  polarities?: Polarity[];
  kinds?: ActorKind[];
  since?: string;
  until?: string;
  minWeight?: number;
}

/**
 * Only the restrictive parts, so an unfiltered map asks the API for the live graph (its cheapest answer);
 * null when nothing is filtered. `dates: false` leaves the date range out (the timeline's own span).
 */
export function toGraphFilterInput(filters: FilterState, { dates = true } = {}): GraphFilterInput | null {
  const input: GraphFilterInput = {};
  if (filters.types.length !== RELATION_TYPES.length) input.types = filters.types;
  if (filters.polarities.length !== POLARITIES.length) input.polarities = filters.polarities;
  if (filters.kinds.length !== ACTOR_KINDS.length) input.kinds = filters.kinds;
  if (dates && filters.since) input.since = filters.since;
  if (dates && filters.until) input.until = filters.until;
  if (filters.minSources > 1) input.minWeight = filters.minSources;
  return Object.keys(input).length > 0 ? input : null;
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
  if (filters.minSources > 1) parts.push(`at least ${filters.minSources} sources`);
  return parts.length > 0 ? parts.join(' · ') : null;
}
