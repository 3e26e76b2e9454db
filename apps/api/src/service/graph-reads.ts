import {
  actorTimeline,
  type EntenteGraph,
  type Mediation,
  mediatorsBetween,
  type Polarity,
  relationshipWith,
  shortestPath,
  strongestAlliances,
  strongestTensions,
  type TimelineBucket,
  type TimelinePoint,
  type Triad,
  timelineOf,
  unbalancedTriads,
} from '@entente/core';
import type * as Types from '../schema/types.generated.js';
import { polaritiesOf, scopedGraph } from './filters.js';
import type { GraphService, IngestOutcome } from './graph-service.js';
import {
  type ActorModel,
  type CommunityModel,
  type PathModel,
  type RelationModel,
  type RelationshipModel,
  relationFromEdge,
} from './models.js';

/*
 * What the API reads from the graph beyond lookups by id. Resolvers ask the service for these rather
 * than walk its graph, so the graph's shape and caching stay the service's business.
 */

/** The graph an actor or a relationship was read from: the one its filter scoped, else the live graph. */
function graphOf(service: GraphService, model: { within?: EntenteGraph }): EntenteGraph {
  return model.within ?? service.graph;
}

/** Whether the graph holds the actor (gazetteer-only actors have no ties to read). */
export function inGraph(service: GraphService, id: string): boolean {
  return service.graph.hasNode(id);
}

/** An actor, to be read within the map's filter when one is given; undefined for an unknown id. */
export function actorWithin(
  service: GraphService,
  id: string,
  filter: Types.GraphFilter | null | undefined,
): ActorModel | undefined {
  const actor = service.actor(id);
  if (!actor) return undefined;
  const within = scopedGraph(service, filter);
  return within === service.graph ? actor : { ...actor, within };
}

/**
 * A relation with its evidence within the map's filter; one the filter leaves out is still named, with
 * nothing reported within it (weight 0, no evidence). Undefined for an unknown id.
 */
export function relationWithin(
  service: GraphService,
  id: string,
  filter: Types.GraphFilter | null | undefined,
): RelationModel | undefined {
  const relation = service.relation(id);
  if (!relation) return undefined;
  const within = scopedGraph(service, filter);
  if (within === service.graph) return relation;
  if (within.hasEdge(id)) return relationFromEdge(within, id);
  const { firstSeen: _first, lastSeen: _last, ...rest } = relation;
  return { ...rest, weight: 0, evidence: [] };
}

/** Distinct neighbours of an actor, in both directions, in the graph it was read from. */
export function degreeOf(service: GraphService, actor: ActorModel): number {
  const graph = graphOf(service, actor);
  return graph.hasNode(actor.id) ? graph.neighbors(actor.id).length : 0;
}

/** The relations touching an actor, in both directions, that match the filter, sorted by id. */
export function incidentRelations(
  service: GraphService,
  model: ActorModel,
  filter: Types.NeighborFilter | null | undefined,
): RelationModel[] {
  const graph = graphOf(service, model);
  const actor = model.id;
  if (!graph.hasNode(actor)) return [];
  const types = filter?.types ? new Set<string>(filter.types) : undefined;
  const kept = polaritiesOf(filter);
  const polarities = kept ? new Set<string>(kept) : undefined;
  return graph
    .filterEdges(
      actor,
      (_key, attributes) =>
        (!types || types.has(attributes.type)) && (!polarities || polarities.has(attributes.polarity)),
    )
    .sort()
    .map((key) => relationFromEdge(graph, key));
}

/** The actors at the other end of the relations the filter keeps, by id. */
export function neighborIds(
  service: GraphService,
  actor: ActorModel,
  filter: Types.NeighborFilter | null | undefined,
): string[] {
  const ids = new Set<string>();
  for (const relation of incidentRelations(service, actor, filter)) {
    ids.add(relation.source === actor.id ? relation.target : relation.source);
  }
  return [...ids].sort();
}

/**
 * How two actors stand, weighing only what the map's filter keeps when one is given; `rollup` counts
 * the relations of the people who represent them too.
 */
export function relationshipBetween(
  service: GraphService,
  a: string,
  b: string,
  rollup: boolean,
  filter: Types.GraphFilter | null | undefined,
): RelationshipModel {
  const within = scopedGraph(service, filter);
  const summary = relationshipWith(within, a, b, rollup ? service.analytics.representatives() : undefined);
  return within === service.graph ? summary : { ...summary, within };
}

/** The relations a relationship counted, with their evidence in the graph it was read from. */
export function relationshipRelations(
  service: GraphService,
  summary: RelationshipModel,
  keys: readonly string[],
): RelationModel[] {
  const graph = graphOf(service, summary);
  return keys.flatMap((key) => (graph.hasEdge(key) ? [relationFromEdge(graph, key)] : []));
}

/** Third parties mediating between the pair, read in the same graph as the pair's relations. */
export function relationshipMediators(service: GraphService, summary: RelationshipModel): Mediation[] {
  return mediatorsBetween(graphOf(service, summary), summary.a, summary.b);
}

/**
 * An analysis of the graph the map's filter keeps: the service's own cached answer on the live graph
 * when the filter leaves nothing out, else computed on the scoped copy, memoized per graph version,
 * `key` (the analysis and its arguments) and filter.
 */
function analysedWithin<T>(
  service: GraphService,
  filter: Types.GraphFilter | null | undefined,
  key: string,
  whole: () => T,
  analyse: (within: EntenteGraph) => T,
): { result: T; within?: EntenteGraph } {
  const within = scopedGraph(service, filter);
  if (within === service.graph) return { result: whole() };
  return {
    result: service.analytics.memoize(`${key}:${JSON.stringify(filter)}`, () => analyse(within)),
    within,
  };
}

/** The strongest alliances or tensions, ranked on what the map's filter keeps when one is given. */
export function rankedPairs(
  service: GraphService,
  name: 'alliances' | 'tensions',
  limit: number,
  rollup: boolean,
  filter: Types.GraphFilter | null | undefined,
): RelationshipModel[] {
  const rank = name === 'alliances' ? strongestAlliances : strongestTensions;
  const { result, within } = analysedWithin(
    service,
    filter,
    `${name}:${limit}:${rollup}`,
    () => service.analytics[name](limit, rollup),
    (graph) => rank(graph, limit, { rollup }),
  );
  return within ? result.map((summary) => ({ ...summary, within })) : result;
}

/** Unbalanced triads, their pairs signed on what the map's filter keeps when one is given. */
export function unbalancedTriadsWithin(
  service: GraphService,
  limit: number,
  filter: Types.GraphFilter | null | undefined,
): Triad[] {
  return analysedWithin(
    service,
    filter,
    `triads:${limit}`,
    () => service.analytics.unbalancedTriads(limit),
    (graph) => unbalancedTriads(graph, limit),
  ).result;
}

/**
 * What an ingest did to each relation it reports: `added` the ones only this article reports (new to the
 * graph), `strengthened` the ones other stored articles report too (one more source). An article that was
 * already stored changed nothing: neither list.
 */
export function ingestChanges(
  service: GraphService,
  outcome: IngestOutcome,
): { added: string[]; strengthened: string[] } {
  const changes = { added: [] as string[], strengthened: [] as string[] };
  if (!outcome.created) return changes;
  for (const key of outcome.relations) {
    if (service.graph.hasEdge(key))
      (newToGraph(service, key) ? changes.added : changes.strengthened).push(key);
  }
  return changes;
}

/**
 * Whether a relation a document just reported is new to the graph: that document is its only source.
 * (Articles stored in one batch that report the same relation each find it strengthened by the other.)
 */
export function newToGraph(service: GraphService, key: string): boolean {
  return service.graph.hasEdge(key) && service.graph.getEdgeAttribute(key, 'weight') === 1;
}

/** A shortest path between two actors, through relations of one polarity when given; null without one. */
export function pathBetween(
  service: GraphService,
  from: string,
  to: string,
  polarity: Polarity | null | undefined,
): PathModel | null {
  return shortestPath(service.graph, from, to, polarity ? { polarity } : {});
}

/** The Louvain communities, largest first, members sorted. */
export function communityList(service: GraphService): CommunityModel[] {
  const members = new Map<number, string[]>();
  for (const [actor, community] of Object.entries(service.analytics.communities())) {
    const list = members.get(community) ?? [];
    list.push(actor);
    members.set(community, list);
  }
  return [...members]
    .map(([id, actors]) => ({ id, size: actors.length, actors: actors.sort() }))
    .sort((a, b) => b.size - a.size || a.id - b.id);
}

/** An actor's ties with everyone, bucket by bucket. */
export function actorTimelineOf(
  service: GraphService,
  actor: ActorModel,
  bucket: TimelineBucket,
  rollup: boolean,
): TimelinePoint[] {
  return actorTimeline(graphOf(service, actor), actor.id, bucket, { rollup });
}

/** How two actors stood, bucket by bucket, from the relations their summary counted. */
export function relationshipTimeline(
  service: GraphService,
  summary: RelationshipModel,
  bucket: TimelineBucket,
): TimelinePoint[] {
  return timelineOf(graphOf(service, summary), summary.a, summary.b, summary.edges, bucket);
}

/** Counts of the whole graph and its documents. */
export function graphStats(service: GraphService) {
  return { ...service.analytics.stats(), documents: service.documentCount };
}
