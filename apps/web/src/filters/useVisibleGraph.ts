/**
 * What the filters leave on the map. A date range is read by the API (as its GEXF export does), asked
 * again when the graph changes; until it answers, `applyFilters` stands in with each relation's span.
 */
import { useMemo } from 'react';
import { fetchDatedEdges } from '../api/queries';
import type { GraphViewData } from '../api/types';
import { useQuery } from '../api/useQuery';
import { applyFilters, type FilterState, type VisibleSet } from './filter';

export function useVisibleGraph(
  view: GraphViewData | null,
  version: number | undefined,
  filters: FilterState,
): VisibleSet | null {
  const datesKey = filters.since || filters.until ? `${filters.since ?? ''}..${filters.until ?? ''}` : null;
  const dated = useQuery(
    view ? datesKey : null,
    (signal) => fetchDatedEdges(filters.since, filters.until, signal),
    version,
  );
  const datedEdges = dated.status === 'ready' ? dated.data : null;
  return useMemo(() => (view ? applyFilters(view, filters, datedEdges) : null), [view, filters, datedEdges]);
}
