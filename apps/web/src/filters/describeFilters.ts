/**
 * The filters in force in words, one rule for every place that says them: the note on a panel read within
 * the map's filter ("Within the map's filter: …") and the caption of an exported image (a picture pasted
 * into a report must say what it leaves out). Only what differs from the defaults is named.
 */
import {
  ACTOR_KIND_LABELS,
  ACTOR_KINDS,
  POLARITIES,
  RELATION_SPECS,
  RELATION_TYPES,
} from '@entente/core/ontology';
import { formatSpan } from '../components/format';
import { DEFAULT_FILTERS, type FilterState, POLARITY_LABELS } from './filter';

/** Kept values named as they are, however long the list they come from. */
const ALWAYS_NAMED = 3;

/**
 * Which of a list the filter keeps, named from the shorter side: "hosts, meets" when few are kept, "all
 * but criticizes" when a long list loses a few, "none" when nothing is kept.
 */
function kept<T extends string>(
  all: readonly T[],
  chosen: readonly T[],
  label: (value: T) => string,
): string {
  if (chosen.length === 0) return 'none';
  const left = all.filter((value) => !chosen.includes(value));
  if (chosen.length > ALWAYS_NAMED && left.length < chosen.length)
    return `all but ${left.map(label).join(', ')}`;
  return all
    .filter((value) => chosen.includes(value))
    .map(label)
    .join(', ');
}

/**
 * What the filter leaves out, clause by clause, in the order the filter panel shows it; empty when
 * nothing is filtered. `isolated: false` leaves out whether actors without relations are shown (panels
 * keep the actor they were opened on whatever the map does).
 */
export function filterClauses(filters: FilterState, { isolated = true } = {}): string[] {
  const clauses: string[] = [];
  if (filters.polarities.length < POLARITIES.length) {
    const label = (polarity: (typeof POLARITIES)[number]) => POLARITY_LABELS[polarity].toLowerCase();
    clauses.push(`kinds of tie: ${kept(POLARITIES, filters.polarities, label)}`);
  }
  if (filters.types.length < RELATION_TYPES.length) {
    const label = (type: (typeof RELATION_TYPES)[number]) => RELATION_SPECS[type].label;
    clauses.push(`relation types: ${kept(RELATION_TYPES, filters.types, label)}`);
  }
  if (filters.kinds.length < ACTOR_KINDS.length) {
    const label = (kind: (typeof ACTOR_KINDS)[number]) => ACTOR_KIND_LABELS[kind].toLowerCase();
    clauses.push(`actors: ${kept(ACTOR_KINDS, filters.kinds, label)}`);
  }
  if (filters.since && filters.until)
    clauses.push(`evidence dated ${formatSpan(filters.since, filters.until)}`);
  else if (filters.since) clauses.push(`evidence dated from ${formatSpan(filters.since, null)}`);
  else if (filters.until) clauses.push(`evidence dated until ${formatSpan(null, filters.until)}`);
  if (filters.minWeight > DEFAULT_FILTERS.minWeight)
    clauses.push(`at least ${filters.minWeight} sources per relation`);
  if (isolated && !filters.hideIsolated) clauses.push('actors without relations shown');
  return clauses;
}

/** The caption of an exported image: "Filters: kinds of tie: hostility; evidence dated 3 Nov 2025 – 10 Nov 2025." */
export function describeFilters(filters: FilterState): string {
  const clauses = filterClauses(filters);
  return clauses.length === 0 ? 'No filter.' : `Filters: ${clauses.join('; ')}.`;
}
