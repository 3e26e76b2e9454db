import type { EntenteGraph } from '../graph/types.js';
import { MediationIndex } from './mediation.js';
import {
  type RelationshipOptions,
  type RelationshipSummary,
  relationship,
  representativesOf,
  summarize,
} from './relationship.js';

/** The widths of a timeline's buckets: ISO weeks (from Monday) or calendar months. */
export const TIMELINE_BUCKETS = ['week', 'month'] as const;
export type TimelineBucket = (typeof TIMELINE_BUCKETS)[number];

/** One bucket of a timeline: its first and last day, and the summary of the evidence dated in it. */
export interface TimelinePoint {
  start: string;
  end: string;
  summary: RelationshipSummary;
}

const DAY_MS = 86_400_000;

/** The first and last day (ISO dates) of the bucket holding `date`. */
export function bucketOf(date: string, bucket: TimelineBucket): { start: string; end: string } {
  const day = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10) || 1),
  );
  if (bucket === 'month') {
    const start = new Date(day);
    const next = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
    return { start: iso(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)), end: iso(next - DAY_MS) };
  }
  const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
  return { start: iso(monday), end: iso(monday + 6 * DAY_MS) };
}

/**
 * How two actors stood bucket by bucket: the relationship summary (counts by kind of tie and the
 * score) of the evidence dated in each week or month, oldest first. Undated evidence has no bucket;
 * buckets without evidence are left out.
 */
export function relationshipTimeline(
  graph: EntenteGraph,
  a: string,
  b: string,
  bucket: TimelineBucket,
  options: RelationshipOptions = {},
): TimelinePoint[] {
  const { edges } = relationship(graph, a, b, options);
  return timelineOf(graph, a, b, edges, bucket);
}

/** An actor's ties with everyone, bucket by bucket (as `relationshipTimeline`, `b` being "*"). */
export function actorTimeline(
  graph: EntenteGraph,
  actor: string,
  bucket: TimelineBucket,
  options: RelationshipOptions = {},
): TimelinePoint[] {
  if (!graph.hasNode(actor)) return [];
  const people = options.rollup ? (representativesOf(graph).get(actor) ?? []) : [];
  const edges = new Set<string>();
  for (const member of [actor, ...people]) {
    if (graph.hasNode(member)) graph.forEachEdge(member, (edge) => edges.add(edge));
  }
  return timelineOf(graph, actor, '*', [...edges].sort(), bucket);
}

/** The timeline of the given edges between `a` and `b` (a relationship summary's `edges`, say). */
export function timelineOf(
  graph: EntenteGraph,
  a: string,
  b: string,
  edges: string[],
  bucket: TimelineBucket,
): TimelinePoint[] {
  const buckets = new Map<string, { start: string; end: string }>();
  for (const key of edges) {
    for (const piece of graph.getEdgeAttributes(key).evidence) {
      if (!piece.date) continue;
      const span = bucketOf(piece.date, bucket);
      buckets.set(span.start, span);
    }
  }
  const mediation = new MediationIndex(graph);
  return [...buckets.values()]
    .sort((x, y) => (x.start < y.start ? -1 : 1))
    .map((span) => ({
      ...span,
      summary: summarize(graph, a, b, edges, mediation, (piece) => {
        const date = piece.date?.slice(0, 10);
        return date !== undefined && date >= span.start && date <= span.end;
      }),
    }));
}

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
