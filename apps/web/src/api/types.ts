import type { ActorKind, Polarity, RelationType } from '@entente/core/ontology';

/** A node of the `graph(filter)` response: one actor with layout-ready metrics. */
export interface GraphNodeData {
  id: string;
  label: string;
  kind: ActorKind;
  community: number | null;
  degree: number;
  centrality: number;
  mentions: number;
}

/** An edge of the `graph(filter)` response: one aggregated relation. */
export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  polarity: Polarity;
  directed: boolean;
  weight: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** The `GraphView` type of the API. */
export interface GraphViewData {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  totalNodes: number;
  totalEdges: number;
}

export interface DocumentRef {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
}

export interface EvidenceData {
  quote: string;
  date: string | null;
  confidence: number;
  document: DocumentRef;
  /** The phrase of the sentence that names what the relation is about, when it names one. */
  about?: string | null;
  /** Actors named in that phrase, other than the relation's two ends. */
  aboutActors?: ActorRef[];
}

export interface ActorRef {
  id: string;
  name: string;
  kind: ActorKind;
}

/** A relation with its endpoints named and its evidence: the graph view's edge, in full. */
export interface RelationData extends Omit<GraphEdgeData, 'source' | 'target'> {
  source: ActorRef;
  target: ActorRef;
  evidence: EvidenceData[];
}

export interface ActorDetail extends ActorRef {
  aliases: string[];
  mentions: number;
  degree: number;
  community: number | null;
  centrality: number;
  affiliation: ActorRef | null;
  relations: RelationData[];
}

/** How two actors stand (docs/relations.md); `engaged` is contact only. */
export type RelationshipLabel = 'allied' | 'strained' | 'hostile' | 'mixed' | 'engaged' | 'none';

/** Relations of one kind of tie between two actors, and the pieces of evidence behind them. */
export interface TieCountData {
  relations: number;
  evidence: number;
}

export interface RelationshipData {
  a: ActorRef;
  b: ActorRef;
  score: number;
  label: RelationshipLabel;
  alignment: TieCountData;
  engagement: TieCountData;
  hostility: TieCountData;
  relations: RelationData[];
}

/** Errors the API returns as values (the `UserError` interface). */
export interface UserErrorData {
  /** Ingests can also fail with ExtractionError (the extractor's time or size limit) or StorageError. */
  __typename:
    | 'NotFoundError'
    | 'InvalidInputError'
    | 'TooLargeError'
    | 'ExtractionError'
    | 'StorageError'
    /** A page or feed the server could not fetch or read. */
    | 'FetchError';
  message: string;
  code:
    | 'NOT_FOUND'
    | 'INVALID_INPUT'
    | 'TOO_LARGE'
    | 'UNAUTHORIZED'
    | 'EXTRACTION_TIMEOUT'
    | 'EXTRACTION_TOO_LARGE'
    | 'STORAGE_ERROR'
    | 'FETCH_ERROR';
  field?: string | null;
  limit?: number;
  actual?: number;
  id?: string;
}

export interface IngestSuccessData {
  __typename: 'IngestSuccess';
  created: boolean;
  document: DocumentRef;
  relations: { id: string; type: RelationType }[];
}

export type IngestResultData = IngestSuccessData | UserErrorData;
