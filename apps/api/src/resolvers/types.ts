import {
  actorTimeline,
  type EntenteGraph,
  type Evidence as EvidenceValue,
  type RelationshipSummary,
  type RelationType,
  relationKindOf,
  type TimelineBucket,
  type TimelinePoint as TimelinePointValue,
  type Triad as TriadValue,
  timelineOf,
} from '@entente/core';
import type { GraphService } from '../service/graph-service.js';
import type { GraphView as GraphViewValue } from '../service/graph-view.js';
import {
  type ActorModel,
  type DocumentModel,
  type RelationModel,
  type RelationshipModel,
  relationFromEdge,
} from '../service/models.js';
import type { ApiContext } from './context.js';
import type { NeighborFilterInput } from './neighbor-filter.js';
import { incidentRelations } from './neighbor-filter.js';

/** Actors referenced by id (edge ends, path members) are in the graph by construction. */
function actorOf(service: GraphService, id: string): ActorModel {
  const actor = service.actor(id);
  if (!actor) throw new Error(`Actor ${id} is referenced but unknown.`);
  return actor;
}

function relationOf(service: GraphService, key: string): RelationModel | undefined {
  return service.relation(key);
}

function relationsOf(service: GraphService, keys: readonly string[]): RelationModel[] {
  return keys.map((key) => relationOf(service, key)).filter((relation) => relation !== undefined);
}

function documentOf(service: GraphService, id: string): DocumentModel {
  const document = service.document(id);
  if (!document) throw new Error(`Document ${id} is referenced but unknown.`);
  return document;
}

/** The graph an actor or a relationship was read from: the one its filter scoped, else the live graph. */
const graphOf = (model: { within?: EntenteGraph }, service: GraphService): EntenteGraph =>
  model.within ?? service.graph;

export const Actor = {
  affiliation: (actor: ActorModel, _: unknown, { service }: ApiContext) =>
    actor.affiliation ? (service.actor(actor.affiliation) ?? null) : null,
  degree: (actor: ActorModel, _: unknown, { service }: ApiContext) => {
    const graph = graphOf(actor, service);
    return graph.hasNode(actor.id) ? graph.neighbors(actor.id).length : 0;
  },
  community: (actor: ActorModel, _: unknown, { service }: ApiContext) =>
    service.analytics.communities()[actor.id] ?? null,
  centrality: (actor: ActorModel, _: unknown, { service }: ApiContext) =>
    service.analytics.betweenness()[actor.id] ?? 0,
  relations: (
    actor: ActorModel,
    { filter }: { filter?: NeighborFilterInput | null },
    { service, budget }: ApiContext,
  ) => budget.spend(incidentRelations(graphOf(actor, service), actor.id, filter)),
  neighbors: (
    actor: ActorModel,
    { filter }: { filter?: NeighborFilterInput | null },
    { service, budget }: ApiContext,
  ) => {
    const ids = new Set<string>();
    for (const relation of incidentRelations(graphOf(actor, service), actor.id, filter)) {
      ids.add(relation.source === actor.id ? relation.target : relation.source);
    }
    return budget.spend([...ids].sort()).map((id) => actorOf(service, id));
  },
  documents: (actor: ActorModel, _: unknown, { service, budget }: ApiContext) =>
    budget.spend(actor.documents).map((id) => documentOf(service, id)),
  concernedBy: (actor: ActorModel, _: unknown, { service, budget }: ApiContext) =>
    relationsOf(service, budget.spend(service.relationsAbout(actor.id))),
  timeline: (
    actor: ActorModel,
    { bucket, rollup }: { bucket: TimelineBucketInput; rollup?: boolean | null },
    { service, budget }: ApiContext,
  ) =>
    budget.spend(
      actorTimeline(graphOf(actor, service), actor.id, bucketOf(bucket), { rollup: rollup ?? false }),
    ),
};

type TimelineBucketInput = 'WEEK' | 'MONTH';
const bucketOf = (bucket: TimelineBucketInput): TimelineBucket => (bucket === 'WEEK' ? 'week' : 'month');

export const TimelinePoint = {
  score: (point: TimelinePointValue) => point.summary.score,
  label: (point: TimelinePointValue) => point.summary.label,
  alignment: (point: TimelinePointValue) => point.summary.counts.alignment,
  engagement: (point: TimelinePointValue) => point.summary.counts.engagement,
  hostility: (point: TimelinePointValue) => point.summary.counts.hostility,
};

/** The kind of tie of a relation or graph edge follows from its type, as in the ontology. */
const kindOfType = ({ type }: { type: RelationType }) => relationKindOf(type);

export const Relation = {
  kind: kindOfType,
  evidence: (relation: RelationModel, _: unknown, { budget }: ApiContext) => budget.spend(relation.evidence),
  source: (relation: RelationModel, _: unknown, { service }: ApiContext) => actorOf(service, relation.source),
  target: (relation: RelationModel, _: unknown, { service }: ApiContext) => actorOf(service, relation.target),
};

export const Evidence = {
  document: (evidence: EvidenceValue, _: unknown, { service }: ApiContext) =>
    documentOf(service, evidence.document),
  about: (evidence: EvidenceValue) => evidence.about?.text ?? null,
  aboutStart: (evidence: EvidenceValue) => evidence.about?.start ?? null,
  aboutEnd: (evidence: EvidenceValue) => evidence.about?.end ?? null,
  aboutActors: (evidence: EvidenceValue, _: unknown, { service }: ApiContext) =>
    (evidence.about?.actors ?? []).flatMap((id) => service.actor(id) ?? []),
};

export const Document = {
  text: async (document: DocumentModel, _: unknown, { service, budget }: ApiContext) =>
    budget.spendText((await service.documentText(document.id)) ?? ''),
  relations: (document: DocumentModel, _: unknown, { service, budget }: ApiContext) =>
    relationsOf(service, budget.spend(service.documentRelations(document.id))),
  sources: async (document: DocumentModel, _: unknown, { web }: ApiContext) =>
    web ? web.feeds.sources(document.id) : [],
};

export const Relationship = {
  a: (summary: RelationshipSummary, _: unknown, { service }: ApiContext) => actorOf(service, summary.a),
  b: (summary: RelationshipSummary, _: unknown, { service }: ApiContext) => actorOf(service, summary.b),
  alignment: (summary: RelationshipSummary) => summary.counts.alignment,
  engagement: (summary: RelationshipSummary) => summary.counts.engagement,
  hostility: (summary: RelationshipSummary) => summary.counts.hostility,
  // Deprecated: pieces of evidence, as they always were; "cooperative" now means alignment only.
  cooperative: (summary: RelationshipSummary) => summary.counts.alignment.evidence,
  conflictual: (summary: RelationshipSummary) => summary.counts.hostility.evidence,
  relations: (summary: RelationshipModel, _: unknown, { service, budget }: ApiContext) =>
    summary.within
      ? budget.spend(summary.edges).map((key) => relationFromEdge(graphOf(summary, service), key))
      : relationsOf(service, budget.spend(summary.edges)),
  timeline: (
    summary: RelationshipModel,
    { bucket }: { bucket: TimelineBucketInput },
    { service, budget }: ApiContext,
  ) =>
    budget.spend(
      timelineOf(graphOf(summary, service), summary.a, summary.b, summary.edges, bucketOf(bucket)),
    ),
};

export const GraphEdge = {
  kind: kindOfType,
};

export const Path = {
  actors: (path: { nodes: string[] }, _: unknown, { service }: ApiContext) =>
    path.nodes.map((id) => actorOf(service, id)),
  relations: (path: { edges: string[] }, _: unknown, { service }: ApiContext) =>
    relationsOf(service, path.edges),
  length: (path: { edges: string[] }) => path.edges.length,
};

export const Community = {
  actors: (community: { actors: string[] }, _: unknown, { service }: ApiContext) =>
    community.actors.map((id) => actorOf(service, id)),
};

export const Triad = {
  actors: (triad: TriadValue, _: unknown, { service }: ApiContext) =>
    triad.nodes.map((id) => actorOf(service, id)),
};

/** The whole graph can be large: its lists count against the request's budget like any other. */
export const GraphView = {
  nodes: (view: GraphViewValue, _: unknown, { budget }: ApiContext) => budget.spend(view.nodes),
  edges: (view: GraphViewValue, _: unknown, { budget }: ApiContext) => budget.spend(view.edges),
};

export const IngestSuccess = {
  relations: (success: { relations: string[] }, _: unknown, { service }: ApiContext) =>
    relationsOf(service, success.relations),
};
