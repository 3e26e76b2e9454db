/** The timeline under the map, fed by the API's evidence per day over the map's filter (its dates aside). */
import { useRef } from 'react';
import { type EvidenceTimelineData, fetchEvidenceTimeline } from '../api/queries';
import { useQuery } from '../api/useQuery';
import { filterActions } from '../core/filters';
import { continueHistoryEntry } from '../core/url';
import type { FilterState } from '../filters/filter';
import { scopeKey, toGraphFilterInput } from '../filters/scope';
import { Timeline } from '../timeline/Timeline';

export function TimelineView({ filters, version }: { filters: FilterState; version: number }) {
  const filter = toGraphFilterInput(filters, { dates: false });
  const query = useQuery(
    `evidence-timeline:${scopeKey(filter)}`,
    (signal) => fetchEvidenceTimeline(filter, signal),
    version,
  );
  // Keep the bars of the previous answer while the next one loads, so the timeline does not blink.
  const last = useRef<EvidenceTimelineData | null>(null);
  if (query.status === 'ready') last.current = query.data;
  if (!last.current) return null;
  return (
    <Timeline
      data={last.current}
      since={filters.since}
      until={filters.until}
      onChange={(since, until) => {
        filterActions.setDates(since, until);
      }}
      onPlayStep={(since, until) => continueHistoryEntry(() => filterActions.setDates(since, until))}
    />
  );
}
