/**
 * Names for the shapes the app's queries return. Every one is derived from the typed documents of
 * queries.ts, which are generated from the API's schema.graphql: nothing here restates the schema.
 */
import type {
  ActorQuery,
  ActorRefFragment,
  DocumentRefFragment,
  EvidenceTimelineQuery,
  GraphQuery,
  IngestMutationVariables,
  IngestOutcomeFragment,
  RelationFieldsFragment,
  RelationshipQuery,
} from './gql/graphql';

/** The `GraphView` of the `graph` query: every actor and relation, with layout-ready attributes. */
export type GraphViewData = GraphQuery['graph'];
/** A node of the `graph(filter)` response: one actor with layout-ready metrics. */
export type GraphNodeData = GraphViewData['nodes'][number];
/** An edge of the `graph(filter)` response: one aggregated relation. */
export type GraphEdgeData = GraphViewData['edges'][number];

export type ActorRef = ActorRefFragment;
export type DocumentRef = DocumentRefFragment;
/** A relation with its endpoints named and its evidence: the graph view's edge, in full. */
export type RelationData = RelationFieldsFragment;
export type EvidenceData = RelationData['evidence'][number];

/** The `actor` query's answer when the actor exists. */
export type ActorDetail = Extract<ActorQuery['actor'], { __typename: 'Actor' }>;
/** The `relationship` query's answer when both actors exist. */
export type RelationshipData = Extract<RelationshipQuery['relationship'], { __typename: 'Relationship' }>;
/** How two actors stand (docs/relations.md); `engaged` is contact only. */
export type RelationshipLabel = RelationshipData['label'];
/** Relations of one kind of tie between two actors, and the pieces of evidence behind them. */
export type TieCountData = RelationshipData['alignment'];

export type IngestInput = IngestMutationVariables['input'];
/** What an ingest (of a text or of a page) answers: the outcome, or the error value it failed with. */
export type IngestResultData = IngestOutcomeFragment;
/** An ingest the API refused or could not complete, returned as a value (the `UserError` interface). */
export type UserErrorData = Exclude<IngestResultData, { __typename: 'IngestSuccess' }>;

export type EvidenceTimelineData = EvidenceTimelineQuery['evidenceTimeline'];
