/** The GEXF download of the API, filtered like the map so Gephi opens what the user is looking at. */
import { ACTOR_KINDS, POLARITIES, RELATION_TYPES } from '@entente/core/ontology';
import type { FilterState } from '../filters/filter';

export const GEXF_PATH = '/export/graph.gexf';

/** `/export/graph.gexf?types=…&polarities=…` with only the filters that narrow the graph. */
export function gexfUrl(filters: FilterState): string {
  const params = new URLSearchParams();
  const narrowed = (list: readonly string[], all: readonly string[]) =>
    list.length > 0 && list.length < all.length;
  if (narrowed(filters.types, RELATION_TYPES)) params.set('types', filters.types.join(','));
  if (narrowed(filters.polarities, POLARITIES)) params.set('polarities', filters.polarities.join(','));
  if (narrowed(filters.kinds, ACTOR_KINDS)) params.set('kinds', filters.kinds.join(','));
  if (filters.since) params.set('since', filters.since);
  if (filters.until) params.set('until', filters.until);
  if (filters.minSources > 1) params.set('minWeight', String(filters.minSources));
  params.set('hideIsolated', String(filters.hideIsolated));
  return `${GEXF_PATH}?${params.toString()}`;
}
