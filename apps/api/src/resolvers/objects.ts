import { type RelationType, relationKindOf, type TimelineBucket } from '@entente/core';
import type * as Types from '../schema/types.generated.js';
import {
  actorTimelineOf,
  degreeOf,
  incidentRelations,
  ingestChanges,
  neighborIds,
  relationshipMediators,
  relationshipRelations,
  relationshipTimeline,
} from '../service/graph-reads.js';
import type { GraphService } from '../service/graph-service.js';
import type { ActorModel, DocumentModel, RelationModel } from '../service/models.js';
import { invalidArgument, storageReadError } from './errors.js';
import type {
  ActorResolvers,
  CommunityResolvers,
  DocumentResolvers,
  EvidenceResolvers,
  GraphEdgeResolvers,
  GraphViewResolvers,
  IngestSuccessResolvers,
  MediationResolvers,
  PathResolvers,
  RelationResolvers,
  RelationshipResolvers,
  TimelinePointResolvers,
  TriadResolvers,
} from './resolvers.generated.js';

/** Actors referenced by id (edge ends, path members) are in the graph by construction. */
function actorOf(service: GraphService, id: string): ActorModel {
  const actor = service.actor(id);
  if (!actor) throw new Error(`Actor ${id} is referenced but unknown.`);
  return actor;
}

function relationsOf(service: GraphService, keys: readonly string[]): RelationModel[] {
  return keys.map((key) => service.relation(key)).filter((relation) => relation !== undefined);
}

function documentOf(service: GraphService, id: string): DocumentModel {
  const document = service.document(id);
  if (!document) throw new Error(`Document ${id} is referenced but unknown.`);
  return document;
}

const bucketOf = (bucket: Types.TimelineBucket): TimelineBucket => (bucket === 'WEEK' ? 'week' : 'month');

export const Actor: ActorResolvers = {
  affiliation: (actor, _, { service }) =>
    actor.affiliation ? (service.actor(actor.affiliation) ?? null) : null,
  degree: (actor, _, { service }) => degreeOf(service, actor),
  community: (actor, _, { service }) => service.analytics.communities()[actor.id] ?? null,
  centrality: (actor, _, { service }) => service.analytics.betweenness()[actor.id] ?? 0,
  relations: (actor, { filter }, { service, budget }) =>
    budget.spend(incidentRelations(service, actor, filter)),
  neighbors: (actor, { filter }, { service, budget }) =>
    budget.spend(neighborIds(service, actor, filter)).map((id) => actorOf(service, id)),
  documents: (actor, _, { service, budget }) =>
    budget.spend(actor.documents).map((id) => documentOf(service, id)),
  concernedBy: (actor, _, { service, budget }) =>
    relationsOf(service, budget.spend(service.relationsAbout(actor.id))),
  // A client may send an explicit null for an argument with a default.
  timeline: (actor, { bucket, rollup }, { service, budget }) =>
    budget.spend(actorTimelineOf(service, actor, bucketOf(bucket), rollup ?? false)),
};

export const TimelinePoint: TimelinePointResolvers = {
  score: (point) => point.summary.score,
  label: (point) => point.summary.label,
  alignment: (point) => point.summary.counts.alignment,
  engagement: (point) => point.summary.counts.engagement,
  hostility: (point) => point.summary.counts.hostility,
};

/** The kind of tie of a relation or graph edge follows from its type, as in the ontology. */
const kindOfType = ({ type }: { type: RelationType }) => relationKindOf(type);

export const Relation: RelationResolvers = {
  kind: kindOfType,
  evidence: async (relation, { first }, { service, budget }) => {
    if (first != null && first < 0) throw invalidArgument('first must be 0 or more.', 'first');
    // Only the pieces asked for are counted against the budget and have their quotes read.
    const refs = budget.spend(first == null ? relation.evidence : relation.evidence.slice(0, first));
    try {
      return await service.evidence(relation.id, refs);
    } catch (error) {
      throw storageReadError(error, `the evidence of relation "${relation.id}"`);
    }
  },
  evidenceCount: (relation) => relation.evidence.length,
  source: (relation, _, { service }) => actorOf(service, relation.source),
  target: (relation, _, { service }) => actorOf(service, relation.target),
};

export const Evidence: EvidenceResolvers = {
  document: (evidence, _, { service }) => documentOf(service, evidence.document),
  about: (evidence) => evidence.about?.text ?? null,
  aboutStart: (evidence) => evidence.about?.start ?? null,
  aboutEnd: (evidence) => evidence.about?.end ?? null,
  aboutActors: (evidence, _, { service }) =>
    (evidence.about?.actors ?? []).flatMap((id) => service.actor(id) ?? []),
};

export const Document: DocumentResolvers = {
  text: async (document, _, { service, budget }) =>
    budget.spendText((await service.documentText(document.id)) ?? ''),
  relations: (document, _, { service, budget }) =>
    relationsOf(service, budget.spend(service.documentRelations(document.id))).map((relation) => ({
      ...relation,
      // The document's own passages: a relation many documents report would bring every one of them.
      evidence: relation.evidence.filter((piece) => piece.document === document.id),
    })),
  sources: async (document, _, { web }) => (web ? web.feeds.sources(document.id) : []),
};

export const Relationship: RelationshipResolvers = {
  a: (summary, _, { service }) => actorOf(service, summary.a),
  b: (summary, _, { service }) => actorOf(service, summary.b),
  alignment: (summary) => summary.counts.alignment,
  engagement: (summary) => summary.counts.engagement,
  hostility: (summary) => summary.counts.hostility,
  // Deprecated: pieces of evidence, as they always were; "cooperative" now means alignment only.
  cooperative: (summary) => summary.counts.alignment.evidence,
  conflictual: (summary) => summary.counts.hostility.evidence,
  relations: (summary, _, { service, budget }) =>
    relationshipRelations(service, summary, budget.spend(summary.edges)),
  timeline: (summary, { bucket }, { service, budget }) =>
    budget.spend(relationshipTimeline(service, summary, bucketOf(bucket))),
  mediators: (summary, _, { service, budget }) => budget.spend(relationshipMediators(service, summary)),
};

export const Mediation: MediationResolvers = {
  mediator: (mediation, _, { service }) => actorOf(service, mediation.mediator),
  parties: (mediation, _, { service }) => mediation.parties.map((id) => actorOf(service, id)),
  relations: (mediation, _, { service }) => relationsOf(service, mediation.relations),
};

export const GraphEdge: GraphEdgeResolvers = {
  kind: kindOfType,
};

export const Path: PathResolvers = {
  actors: (path, _, { service }) => path.nodes.map((id) => actorOf(service, id)),
  relations: (path, _, { service }) => relationsOf(service, path.edges),
  length: (path) => path.edges.length,
};

export const Community: CommunityResolvers = {
  actors: (community, _, { service }) => community.actors.map((id) => actorOf(service, id)),
};

export const Triad: TriadResolvers = {
  actors: (triad, _, { service }) => triad.nodes.map((id) => actorOf(service, id)),
};

/** The whole graph can be large: its lists count against the request's budget like any other. */
export const GraphView: GraphViewResolvers = {
  nodes: (view, _, { budget }) => budget.spend(view.nodes),
  edges: (view, _, { budget }) => budget.spend(view.edges),
};

export const IngestSuccess: IngestSuccessResolvers = {
  relations: (success, _, { service }) => relationsOf(service, success.relations),
  added: (success, _, { service }) => relationsOf(service, ingestChanges(service, success).added),
  strengthened: (success, _, { service }) =>
    relationsOf(service, ingestChanges(service, success).strengthened),
  actors: (success, _, { service }) =>
    service.documentActors(success.document.id).map((id) => actorOf(service, id)),
};
