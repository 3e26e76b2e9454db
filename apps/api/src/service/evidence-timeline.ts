import { RELATION_KINDS, type RelationKind, relationKindOf } from '@entente/core';
import type * as Types from '../schema/types.generated.js';
import { scopedGraph } from './filters.js';
import type { GraphService } from './graph-service.js';

export type EvidenceDay = { date: string } & Record<RelationKind, number>;

export interface EvidenceTimeline {
  days: EvidenceDay[];
  first: string | null;
  last: string | null;
  undated: number;
}

/**
 * Pieces of evidence per day by kind of tie, over the relations the filter keeps. The filter's dates are
 * ignored: the timeline is the span a date range is picked from, so it must not shrink to the pick.
 */
export function evidenceTimeline(
  service: GraphService,
  input: Types.GraphFilter | null | undefined,
): EvidenceTimeline {
  const graph = scopedGraph(service, { ...input, since: null, until: null });
  return service.analytics.memoize(
    `evidence-timeline:${JSON.stringify({ ...input, since: null, until: null })}`,
    () => {
      const days = new Map<string, EvidenceDay>();
      let undated = 0;
      graph.forEachEdge((_key, attributes) => {
        const kind = relationKindOf(attributes.type);
        for (const piece of attributes.evidence) {
          const date = piece.date?.slice(0, 10);
          if (!date) {
            undated += 1;
            continue;
          }
          let day = days.get(date);
          if (!day) {
            day = {
              date,
              ...(Object.fromEntries(RELATION_KINDS.map((k) => [k, 0])) as Record<RelationKind, number>),
            };
            days.set(date, day);
          }
          day[kind] += 1;
        }
      });
      const sorted = [...days.values()].sort((x, y) => (x.date < y.date ? -1 : 1));
      return { days: sorted, first: sorted[0]?.date ?? null, last: sorted.at(-1)?.date ?? null, undated };
    },
  );
}
