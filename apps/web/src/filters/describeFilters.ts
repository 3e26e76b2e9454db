/**
 * The filters in force as one sentence, for the caption of an exported image: a picture pasted into a
 * report must say what it leaves out. Only what differs from the defaults is named.
 */
import {
  ACTOR_KIND_LABELS,
  ACTOR_KINDS,
  POLARITIES,
  RELATION_SPECS,
  RELATION_TYPES,
} from '@entente/core/ontology';
import { formatDate } from '../components/format';
import { DEFAULT_FILTERS, type FilterState, POLARITY_LABELS } from './filter';

function only(names: string[]): string {
  return names.length === 0 ? 'none' : names.join(', ');
}

export function describeFilters(filters: FilterState): string {
  const parts: string[] = [];
  if (filters.polarities.length < POLARITIES.length)
    parts.push(`kinds of tie: ${only(filters.polarities.map((p) => POLARITY_LABELS[p].toLowerCase()))}`);
  if (filters.types.length < RELATION_TYPES.length)
    parts.push(`relation types: ${only(filters.types.map((type) => RELATION_SPECS[type].label))}`);
  if (filters.kinds.length < ACTOR_KINDS.length)
    parts.push(`actors: ${only(filters.kinds.map((kind) => ACTOR_KIND_LABELS[kind].toLowerCase()))}`);
  if (filters.since && filters.until)
    parts.push(`evidence dated ${formatDate(filters.since)} – ${formatDate(filters.until)}`);
  else if (filters.since) parts.push(`evidence dated from ${formatDate(filters.since)}`);
  else if (filters.until) parts.push(`evidence dated until ${formatDate(filters.until)}`);
  if (filters.minWeight > DEFAULT_FILTERS.minWeight)
    parts.push(`at least ${filters.minWeight} sources per relation`);
  if (!filters.hideIsolated) parts.push('actors without relations shown');
  return parts.length === 0 ? 'No filter.' : `Filters: ${parts.join('; ')}.`;
}
