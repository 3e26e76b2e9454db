/** The GEXF download of the API, filtered like the map so Gephi opens what the user is looking at. */
import { filterToQuery } from '@entente/core/filter';
import { type FilterState, narrowingFilter } from '../filters/filter';

export const GEXF_PATH = '/export/graph.gexf';

/** `/export/graph.gexf?types=…&polarities=…` with only the filters that narrow the graph, in the filter's URL form. */
export function gexfUrl(filters: FilterState): string {
  return `${GEXF_PATH}?${filterToQuery(narrowingFilter(filters))}`;
}
