/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO 8601 date (YYYY-MM-DD) or date-time. */
  DateTime: { input: string; output: string; }
};

export type Actor = {
  __typename?: 'Actor';
  /** The state or organization a person acts for. */
  affiliation: Maybe<Actor>;
  aliases: Array<Scalars['String']['output']>;
  /** Betweenness centrality, normalised to [0, 1]. */
  centrality: Scalars['Float']['output'];
  /** Louvain community id on the alignment layer. */
  community: Maybe<Scalars['Int']['output']>;
  /** Relations whose evidence is about this actor: Israel opposing a Turkish role in the ISF concerns the ISF. */
  concernedBy: Array<Relation>;
  degree: Scalars['Int']['output'];
  documents: Array<Document>;
  id: Scalars['ID']['output'];
  kind: ActorKind;
  mentions: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  neighbors: Array<Actor>;
  relations: Array<Relation>;
  /** The actor's ties with everyone, week by week or month by month. */
  timeline: Array<TimelinePoint>;
};


export type ActorNeighborsArgs = {
  filter?: InputMaybe<NeighborFilter>;
};


export type ActorRelationsArgs = {
  filter?: InputMaybe<NeighborFilter>;
};


export type ActorTimelineArgs = {
  bucket?: InputMaybe<TimelineBucket>;
  rollup?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  nodes: Array<Actor>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type ActorKind =
  | 'armed_group'
  | 'force'
  | 'organization'
  | 'other'
  | 'person'
  | 'state';

export type ActorResult = Actor | NotFoundError;

export type AddFeedResult = Feed | FetchError;

export type ArticleInput = {
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type Community = {
  __typename?: 'Community';
  actors: Array<Actor>;
  id: Scalars['Int']['output'];
  size: Scalars['Int']['output'];
};

export type Document = {
  __typename?: 'Document';
  id: Scalars['ID']['output'];
  ingestedAt: Scalars['DateTime']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** The relations the document reports, each with the evidence this document gives (its weight counts every document). */
  relations: Array<Relation>;
  source: Maybe<Scalars['String']['output']>;
  /** Where the document was published (pages and feed items read from the web); empty for pasted text. */
  sources: Array<DocumentSource>;
  text: Scalars['String']['output'];
  title: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
};

export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  edges: Array<DocumentEdge>;
  nodes: Array<Document>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  cursor: Scalars['String']['output'];
  node: Document;
};

export type DocumentResult = Document | NotFoundError;

/** Where a document was published: a page, or a feed's item. The same wire story from two outlets is one document with two sources. */
export type DocumentSource = {
  __typename?: 'DocumentSource';
  /** The feed that brought it, if one did. */
  feed: Maybe<Feed>;
  outlet: Maybe<Scalars['String']['output']>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  seenAt: Scalars['DateTime']['output'];
  title: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

export type ErrorCode =
  | 'EXTRACTION_TIMEOUT'
  | 'EXTRACTION_TOO_LARGE'
  | 'FETCH_ERROR'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'STORAGE_ERROR'
  | 'TOO_LARGE'
  | 'UNAUTHORIZED';

export type Evidence = {
  __typename?: 'Evidence';
  /** The phrase of the sentence that names what the relation is about (the object of the opposition, support or talks), as written; null when the sentence names none. */
  about: Maybe<Scalars['String']['output']>;
  /** Actors named in the about phrase, other than the relation's two ends. */
  aboutActors: Array<Actor>;
  aboutEnd: Maybe<Scalars['Int']['output']>;
  /** Character offsets of the about phrase in the document; end exclusive. */
  aboutStart: Maybe<Scalars['Int']['output']>;
  confidence: Scalars['Float']['output'];
  date: Maybe<Scalars['DateTime']['output']>;
  document: Document;
  end: Scalars['Int']['output'];
  quote: Scalars['String']['output'];
  sentence: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/** Pieces of evidence dated on one day, by the kind of tie of their relation. */
export type EvidenceDay = {
  __typename?: 'EvidenceDay';
  alignment: Scalars['Int']['output'];
  date: Scalars['DateTime']['output'];
  engagement: Scalars['Int']['output'];
  hostility: Scalars['Int']['output'];
  role: Scalars['Int']['output'];
};

/** The evidence of the graph over time, for a histogram under the map. */
export type EvidenceTimeline = {
  __typename?: 'EvidenceTimeline';
  /** Days with dated evidence, oldest first. */
  days: Array<EvidenceDay>;
  /** First and last day with dated evidence; null when none is dated. */
  first: Maybe<Scalars['DateTime']['output']>;
  last: Maybe<Scalars['DateTime']['output']>;
  /** Pieces of evidence without a date (they have no place on the timeline). */
  undated: Scalars['Int']['output'];
};

/**
 * The extractor gave up on the article, which is not stored: it took longer than the per-article time
 * budget (EXTRACTION_TIMEOUT, `limit` in milliseconds), or needed more memory or yielded more than the
 * server keeps for one article (EXTRACTION_TOO_LARGE, `limit` in bytes).
 */
export type ExtractionError = UserError & {
  __typename?: 'ExtractionError';
  code: ErrorCode;
  limit: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

/** A followed feed. */
export type Feed = {
  __typename?: 'Feed';
  addedAt: Scalars['DateTime']['output'];
  /** Documents its items brought. */
  documents: Scalars['Int']['output'];
  /** Failed polls in a row; the wait before the next grows with it. */
  failures: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Items seen in the feed so far. */
  items: Scalars['Int']['output'];
  /** Why the last poll failed; null after a successful one. */
  lastError: Maybe<Scalars['String']['output']>;
  lastPolledAt: Maybe<Scalars['DateTime']['output']>;
  /** The last poll that read the feed, or learnt it had not changed. */
  lastSuccessAt: Maybe<Scalars['DateTime']['output']>;
  nextPollAt: Maybe<Scalars['DateTime']['output']>;
  title: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

/** A page or feed the server could not fetch or read. */
export type FetchError = UserError & {
  __typename?: 'FetchError';
  code: ErrorCode;
  message: Scalars['String']['output'];
  reason: FetchFailure;
  /** The HTTP status, for HTTP_STATUS. */
  status: Maybe<Scalars['Int']['output']>;
  url: Scalars['String']['output'];
};

export type FetchFailure =
  | 'BLOCKED_ADDRESS'
  | 'DNS_FAILURE'
  | 'HTTP_STATUS'
  | 'INVALID_URL'
  | 'NETWORK'
  | 'NOT_A_FEED'
  | 'NO_ARTICLE'
  | 'TIMEOUT'
  | 'TOO_LARGE'
  | 'TOO_MANY_REDIRECTS'
  | 'UNSUPPORTED_CONTENT'
  | 'UNSUPPORTED_SCHEME';

export type GraphEdge = {
  __typename?: 'GraphEdge';
  directed: Scalars['Boolean']['output'];
  firstSeen: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: RelationKind;
  lastSeen: Maybe<Scalars['DateTime']['output']>;
  polarity: Polarity;
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: RelationType;
  weight: Scalars['Int']['output'];
};

export type GraphFilter = {
  /** Drop nodes left without edges by the filter. */
  hideIsolated?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
  minWeight?: InputMaybe<Scalars['Int']['input']>;
  polarities?: InputMaybe<Array<Polarity>>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type GraphNode = {
  __typename?: 'GraphNode';
  centrality: Scalars['Float']['output'];
  community: Maybe<Scalars['Int']['output']>;
  degree: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: ActorKind;
  label: Scalars['String']['output'];
  mentions: Scalars['Int']['output'];
};

export type GraphView = {
  __typename?: 'GraphView';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  totalEdges: Scalars['Int']['output'];
  /** Counts before the filter, so the UI can say 'showing 12 of 40'. */
  totalNodes: Scalars['Int']['output'];
};

export type IngestResult = ExtractionError | FetchError | IngestSuccess | InvalidInputError | StorageError | TooLargeError;

export type IngestSuccess = {
  __typename?: 'IngestSuccess';
  /**
   * The actors the article names, whether or not a relation between them was read. An article that names
   * none is most likely not about diplomacy.
   */
  actors: Array<Actor>;
  /** Of `relations`, those no other stored article reports: new to the graph. Empty when `created` is false. */
  added: Array<Relation>;
  /** False when the same text had already been ingested. */
  created: Scalars['Boolean']['output'];
  document: Document;
  /** Relations the article added or strengthened. */
  relations: Array<Relation>;
  /** Of `relations`, those other stored articles report too: one more source each. Empty when `created` is false. */
  strengthened: Array<Relation>;
};

export type InvalidInputError = UserError & {
  __typename?: 'InvalidInputError';
  code: ErrorCode;
  field: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** A three-way fact: a mediator with a mediates relation to each of two parties. */
export type Mediation = {
  __typename?: 'Mediation';
  /** Pieces of evidence behind those relations. */
  evidence: Scalars['Int']['output'];
  mediator: Actor;
  parties: Array<Actor>;
  /** The mediator's mediates relations with the two parties. */
  relations: Array<Relation>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Follow an RSS or Atom feed: it is polled at once and then at the server's interval; each item is ingested once. */
  addFeed: AddFeedResult;
  /** Extract relations from an article and add them to the graph. Ingesting the same text twice is idempotent. Requires the bearer token when the server has one. */
  ingestArticle: IngestResult;
  /**
   * Fetch a news page, extract its article (text without menus and captions, title, outlet, author, date,
   * canonical URL) and ingest it. A story already stored (the same text, from this or another outlet) is one
   * document with one more source. The server refuses private and loopback addresses unless
   * ENTENTE_FETCH_ALLOW_PRIVATE=1. Requires the bearer token when the server has one.
   */
  ingestUrl: IngestResult;
  /** Poll a feed now instead of at its next turn. */
  pollFeed: PollFeedResult;
  /** What `ingestUrl` would add, without adding it: the extracted article, to check before ingesting. A mutation because it makes the server fetch. */
  previewUrl: PreviewResult;
  /** Remove a document and every relation only it supported. */
  removeDocument: RemoveResult;
  /** Stop following a feed; the documents it brought stay. */
  removeFeed: RemoveFeedResult;
};


export type MutationAddFeedArgs = {
  url: Scalars['String']['input'];
};


export type MutationIngestArticleArgs = {
  input: ArticleInput;
};


export type MutationIngestUrlArgs = {
  url: Scalars['String']['input'];
};


export type MutationPollFeedArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPreviewUrlArgs = {
  url: Scalars['String']['input'];
};


export type MutationRemoveDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveFeedArgs = {
  id: Scalars['ID']['input'];
};

export type NeighborFilter = {
  polarities?: InputMaybe<Array<Polarity>>;
  /** @deprecated One polarity among polarities: use polarities, as GraphFilter does. */
  polarity?: InputMaybe<Polarity>;
  types?: InputMaybe<Array<RelationType>>;
};

export type NotFoundError = UserError & {
  __typename?: 'NotFoundError';
  code: ErrorCode;
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Path = {
  __typename?: 'Path';
  actors: Array<Actor>;
  length: Scalars['Int']['output'];
  relations: Array<Relation>;
};

export type PathResult = NotFoundError | Path;

/** The sign a kind of tie gives the score, derived from the kind: alignment cooperative, hostility conflictual, contact and roles neutral. */
export type Polarity =
  | 'conflictual'
  | 'cooperative'
  | 'neutral';

export type PollFeedResult = NotFoundError | PollFeedSuccess;

export type PollFeedSuccess = {
  __typename?: 'PollFeedSuccess';
  /** Documents added by this poll. */
  created: Scalars['Int']['output'];
  /** Items whose story was already stored. */
  duplicates: Scalars['Int']['output'];
  errors: Array<Scalars['String']['output']>;
  /** Items that could not be read; see `errors`. */
  failed: Scalars['Int']['output'];
  feed: Feed;
  /** Items whose edited article replaced the earlier version. */
  updated: Scalars['Int']['output'];
};

export type PreviewResult = FetchError | UrlPreview;

export type Query = {
  __typename?: 'Query';
  actor: ActorResult;
  /**
   * Actors with cursor pagination, alphabetical by name. `search` matches names and aliases (case- and
   * accent-insensitive) and ranks the matches: exact name or alias first, then names starting with the
   * search, then names with a word starting with it, then aliases starting with it (or with a word that
   * does), then matches anywhere; alphabetical by name (then id) within a rank. Cursors belong to one
   * search: walking its pages returns every match once.
   */
  actors: ActorConnection;
  /** The most aligned pairs (positive score), by score × pieces of alignment and hostility evidence; contact alone never qualifies. */
  alliances: Array<Relationship>;
  /** Louvain communities on the alignment layer. */
  communities: Array<Community>;
  document: DocumentResult;
  documents: DocumentConnection;
  /**
   * Pieces of evidence per day, by kind of tie, over the relations the filter keeps (its dates are ignored:
   * this is the whole span a date range is chosen from), with the first and last dated day.
   */
  evidenceTimeline: EvidenceTimeline;
  /** The RSS and Atom feeds the server follows, with how their polling goes. */
  feeds: Array<Feed>;
  /** The whole (filtered) graph in one call, with layout-ready attributes, for the web app. */
  graph: GraphView;
  /** Shortest path between two actors; `polarity` restricts the edges walked. */
  path: PathResult;
  relation: RelationResult;
  /** Relation types with their kind of tie, polarity, direction and CAMEO code. */
  relationTypes: Array<RelationTypeInfo>;
  relations: RelationConnection;
  /** How two actors stand: a score from their alignment and hostility, and their contact counted apart. */
  relationship: RelationshipResult;
  stats: Stats;
  /** The most hostile pairs (negative score), by |score| × pieces of alignment and hostility evidence. */
  tensions: Array<Relationship>;
  /** Triads whose signs are unbalanced (the friend of my enemy...), largest by pieces of alignment and hostility evidence. */
  unbalancedTriads: Array<Triad>;
};


export type QueryActorArgs = {
  filter?: InputMaybe<GraphFilter>;
  id: Scalars['ID']['input'];
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ActorKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAlliancesArgs = {
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  rollup?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEvidenceTimelineArgs = {
  filter?: InputMaybe<GraphFilter>;
};


export type QueryGraphArgs = {
  filter?: InputMaybe<GraphFilter>;
};


export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  polarity?: InputMaybe<Polarity>;
  to: Scalars['ID']['input'];
};


export type QueryRelationArgs = {
  filter?: InputMaybe<GraphFilter>;
  id: Scalars['ID']['input'];
};


export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRelationshipArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  filter?: InputMaybe<GraphFilter>;
  rollup?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryTensionsArgs = {
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  rollup?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryUnbalancedTriadsArgs = {
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type Relation = {
  __typename?: 'Relation';
  directed: Scalars['Boolean']['output'];
  /**
   * The pieces of evidence (within the filter the relation was read with), in the order the documents were
   * stored. `first` keeps the first N: a pair that a large corpus reports tens of thousands of times would
   * otherwise make one answer of every quote, each read from the store.
   */
  evidence: Array<Evidence>;
  /** How many pieces of evidence the relation has (within the same filter), however many `evidence` returns. */
  evidenceCount: Scalars['Int']['output'];
  firstSeen: Maybe<Scalars['DateTime']['output']>;
  /** Stable id: source|type|target. */
  id: Scalars['ID']['output'];
  kind: RelationKind;
  lastSeen: Maybe<Scalars['DateTime']['output']>;
  polarity: Polarity;
  source: Actor;
  target: Actor;
  type: RelationType;
  /** Number of distinct documents reporting the relation. */
  weight: Scalars['Int']['output'];
};


export type RelationEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RelationChange = {
  __typename?: 'RelationChange';
  change: RelationChangeKind;
  /** True when the document is the relation's first. */
  created: Scalars['Boolean']['output'];
  /** The document that was added or removed. */
  documentId: Scalars['ID']['output'];
  /** The relation's key (source|type|target). */
  id: Scalars['ID']['output'];
  /** The relation now; null once no document reports it. */
  relation: Maybe<Relation>;
};

export type RelationChangeKind =
  /** The relation was reported by a new document (it may be new itself: see `created`). */
  | 'REPORTED'
  /** A document reporting it was removed; the relation may be gone (`relation` null). */
  | 'RETRACTED';

export type RelationConnection = {
  __typename?: 'RelationConnection';
  edges: Array<RelationEdge>;
  nodes: Array<Relation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RelationEdge = {
  __typename?: 'RelationEdge';
  cursor: Scalars['String']['output'];
  node: Relation;
};

export type RelationFilter = {
  /** Relations that touch this actor. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** Minimum number of distinct documents. */
  minWeight?: InputMaybe<Scalars['Int']['input']>;
  polarities?: InputMaybe<Array<Polarity>>;
  /** @deprecated One polarity among polarities: use polarities, as GraphFilter does. */
  polarity?: InputMaybe<Polarity>;
  /** Evidence dated on or after / on or before. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * What a relation says about the tie between two actors: alignment (supports, praises, cooperates, aids),
 * engagement — contact — (meets, hosts, invites, mediates, urges), hostility (opposes, criticizes, blocks),
 * or role (represents: who speaks for whom), which is no tie. See docs/relations.md.
 */
export type RelationKind =
  | 'alignment'
  | 'engagement'
  | 'hostility'
  | 'role';

export type RelationResult = NotFoundError | Relation;

export type RelationType =
  | 'aids'
  | 'blocks'
  | 'cooperates'
  | 'criticizes'
  | 'hosts'
  | 'invites'
  | 'joins'
  | 'mediates'
  | 'meets'
  | 'opposes'
  | 'praises'
  | 'represents'
  | 'supports'
  | 'urges';

export type RelationTypeInfo = {
  __typename?: 'RelationTypeInfo';
  cameo: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  directed: Scalars['Boolean']['output'];
  kind: RelationKind;
  label: Scalars['String']['output'];
  polarity: Polarity;
  type: RelationType;
};

export type Relationship = {
  __typename?: 'Relationship';
  a: Actor;
  alignment: TieCount;
  b: Actor;
  /** @deprecated Pieces of hostility evidence, not relations: use hostility.evidence. */
  conflictual: Scalars['Int']['output'];
  /** @deprecated Pieces of alignment evidence, not relations: use alignment.evidence. */
  cooperative: Scalars['Int']['output'];
  /** Contact: talks, visits, invitations, mediation, appeals. Counted, never scored as alliance. */
  engagement: TieCount;
  hostility: TieCount;
  label: RelationshipLabel;
  /** Third parties that mediate between the two: contact with both sides, never alliance with either. */
  mediators: Array<Mediation>;
  /** The relations counted, including people's relations when asked to roll them up to their state. */
  relations: Array<Relation>;
  /** In [-1, 1]: (alignment - hostility) / (alignment + hostility), by confidence; 0 without either. */
  score: Scalars['Float']['output'];
  /** How the two stood week by week or month by month (undated evidence has no bucket; empty buckets are left out). */
  timeline: Array<TimelinePoint>;
};


export type RelationshipTimelineArgs = {
  bucket?: InputMaybe<TimelineBucket>;
};

/**
 * How two actors stand, from alignment and hostility (docs/relations.md): allied (alignment prevails),
 * strained (hostility prevails, but they also align on something or stay in contact), hostile (hostility is
 * all they have), mixed (both substantial), engaged (contact only), none (no tie on record).
 */
export type RelationshipLabel =
  | 'allied'
  | 'engaged'
  | 'hostile'
  | 'mixed'
  | 'none'
  | 'strained';

export type RelationshipResult = NotFoundError | Relationship;

export type RemoveFeedResult = NotFoundError | RemoveFeedSuccess;

export type RemoveFeedSuccess = {
  __typename?: 'RemoveFeedSuccess';
  id: Scalars['ID']['output'];
};

export type RemoveResult = NotFoundError | RemoveSuccess | StorageError;

export type RemoveSuccess = {
  __typename?: 'RemoveSuccess';
  id: Scalars['ID']['output'];
  removedRelations: Scalars['Int']['output'];
};

export type Stats = {
  __typename?: 'Stats';
  actors: Scalars['Int']['output'];
  byType: Array<TypeCount>;
  /** Relations (not pieces of evidence) of hostility. */
  conflictual: Scalars['Int']['output'];
  /** Relations (not pieces of evidence) of alignment. */
  cooperative: Scalars['Int']['output'];
  documents: Scalars['Int']['output'];
  /** Pieces of evidence: the sentences reporting the relations. */
  evidence: Scalars['Int']['output'];
  /** Relations (not pieces of evidence) of contact or roles. */
  neutral: Scalars['Int']['output'];
  /** Relations: distinct (source, type, target) facts. */
  relations: Scalars['Int']['output'];
};

/** The database could not take the change, for a reason the server's operator has to fix. */
export type StorageError = UserError & {
  __typename?: 'StorageError';
  code: ErrorCode;
  message: Scalars['String']['output'];
  reason: StorageFaultReason;
};

export type StorageFaultReason =
  /** The database file is corrupt. */
  | 'CORRUPT'
  /** No space left on the disk, or the configured size limit (ENTENTE_DB_MAX_MB) reached. */
  | 'FULL'
  /** The disk failed to read or write. */
  | 'IO'
  /** The database file or its folder cannot be written, or the file was moved or deleted. */
  | 'READ_ONLY';

/** Live changes, over Server-Sent Events (POST or GET /graphql with `Accept: text/event-stream`). */
export type Subscription = {
  __typename?: 'Subscription';
  /** A document entered the graph (ingested by anyone, or brought by a feed). */
  documentAdded: Document;
  /** A feed was polled (its counts, last poll and last error). */
  feedPolled: Feed;
  /** A relation appeared, gained or lost evidence, or disappeared. */
  relationChanged: RelationChange;
  /** How two actors stand, each time a relation between them changes (a watchlist sees engaged turn hostile). */
  relationshipChanged: Relationship;
};


/** Live changes, over Server-Sent Events (POST or GET /graphql with `Accept: text/event-stream`). */
export type SubscriptionRelationshipChangedArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
};

/** Relations of one kind between two actors and the pieces of evidence behind them. */
export type TieCount = {
  __typename?: 'TieCount';
  /** Pieces of evidence (sentences) reporting them. */
  evidence: Scalars['Int']['output'];
  /** Distinct relations (source, type, target). */
  relations: Scalars['Int']['output'];
};

/** The width of a timeline's buckets: ISO weeks (from Monday) or calendar months. */
export type TimelineBucket =
  | 'MONTH'
  | 'WEEK';

/** One week or month of ties: the evidence dated in it, by kind of tie, and the score it gives. */
export type TimelinePoint = {
  __typename?: 'TimelinePoint';
  alignment: TieCount;
  end: Scalars['DateTime']['output'];
  engagement: TieCount;
  hostility: TieCount;
  label: RelationshipLabel;
  score: Scalars['Float']['output'];
  /** First and last day of the bucket. */
  start: Scalars['DateTime']['output'];
};

export type TooLargeError = UserError & {
  __typename?: 'TooLargeError';
  actual: Scalars['Int']['output'];
  code: ErrorCode;
  /** The input field that is too long. */
  field: Maybe<Scalars['String']['output']>;
  limit: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type Triad = {
  __typename?: 'Triad';
  actors: Array<Actor>;
  /** Signs of the three sides, in the order a-b, b-c, c-a. */
  signs: Array<Scalars['Int']['output']>;
};

export type TypeCount = {
  __typename?: 'TypeCount';
  count: Scalars['Int']['output'];
  type: RelationType;
};

/** An article as read from a page, before it is ingested. */
export type UrlPreview = {
  __typename?: 'UrlPreview';
  author: Maybe<Scalars['String']['output']>;
  canonicalUrl: Maybe<Scalars['String']['output']>;
  /** The document already holding this story, when there is one. */
  existingDocument: Maybe<Document>;
  outlet: Maybe<Scalars['String']['output']>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  text: Scalars['String']['output'];
  title: Maybe<Scalars['String']['output']>;
  /** The page, after redirects. */
  url: Scalars['String']['output'];
};

/** Errors the client can act on, returned as values rather than thrown. */
export type UserError = {
  code: ErrorCode;
  message: Scalars['String']['output'];
};

export type DocumentsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DocumentsQuery = { __typename?: 'Query', documents: { __typename?: 'DocumentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Document', id: string, title: string | null, source: string | null, url: string | null, publishedAt: string | null, ingestedAt: string, relations: Array<{ __typename?: 'Relation', id: string }> }> } };

export type DocumentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DocumentQuery = { __typename?: 'Query', document:
    | { __typename: 'Document', id: string, title: string | null, source: string | null, url: string | null, publishedAt: string | null, ingestedAt: string, text: string, relations: Array<{ __typename?: 'Relation', id: string, type: RelationType, polarity: Polarity, source: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, target: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, evidence: Array<{ __typename?: 'Evidence', start: number, end: number, quote: string, confidence: number, document: { __typename?: 'Document', id: string } }> }> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, id: string }
   };

export type RemoveDocumentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveDocumentMutation = { __typename?: 'Mutation', removeDocument:
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, id: string }
    | { __typename: 'RemoveSuccess', id: string, removedRelations: number }
    | { __typename: 'StorageError', message: string, code: ErrorCode }
   };

export type RankedPairFragment = { __typename?: 'Relationship', score: number, label: RelationshipLabel, a: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, b: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, alignment: { __typename?: 'TieCount', relations: number, evidence: number }, engagement: { __typename?: 'TieCount', relations: number, evidence: number }, hostility: { __typename?: 'TieCount', relations: number, evidence: number } };

export type AlliancesQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<GraphFilter>;
}>;


export type AlliancesQuery = { __typename?: 'Query', alliances: Array<{ __typename?: 'Relationship', score: number, label: RelationshipLabel, a: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, b: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, alignment: { __typename?: 'TieCount', relations: number, evidence: number }, engagement: { __typename?: 'TieCount', relations: number, evidence: number }, hostility: { __typename?: 'TieCount', relations: number, evidence: number } }> };

export type TensionsQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<GraphFilter>;
}>;


export type TensionsQuery = { __typename?: 'Query', tensions: Array<{ __typename?: 'Relationship', score: number, label: RelationshipLabel, a: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, b: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, alignment: { __typename?: 'TieCount', relations: number, evidence: number }, engagement: { __typename?: 'TieCount', relations: number, evidence: number }, hostility: { __typename?: 'TieCount', relations: number, evidence: number } }> };

export type TriadsQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<GraphFilter>;
}>;


export type TriadsQuery = { __typename?: 'Query', unbalancedTriads: Array<{ __typename?: 'Triad', signs: Array<number>, actors: Array<{ __typename?: 'Actor', id: string, name: string, kind: ActorKind }> }> };

export type PathQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  polarity?: InputMaybe<Polarity>;
}>;


export type PathQuery = { __typename?: 'Query', path:
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, id: string }
    | { __typename: 'Path', length: number, actors: Array<{ __typename?: 'Actor', id: string, name: string, kind: ActorKind }>, relations: Array<{ __typename?: 'Relation', id: string, type: RelationType, polarity: Polarity, source: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, target: { __typename?: 'Actor', id: string, name: string, kind: ActorKind } }> }
   };

export type ActorRefFragment = { __typename?: 'Actor', id: string, name: string, kind: ActorKind };

export type DocumentRefFragment = { __typename?: 'Document', id: string, title: string | null, source: string | null, url: string | null, publishedAt: string | null };

export type RelationFieldsFragment = { __typename?: 'Relation', id: string, type: RelationType, polarity: Polarity, directed: boolean, weight: number, firstSeen: string | null, lastSeen: string | null, evidenceCount: number, source: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, target: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, evidence: Array<{ __typename?: 'Evidence', quote: string, date: string | null, confidence: number, about: string | null, aboutActors: Array<{ __typename?: 'Actor', id: string, name: string, kind: ActorKind }>, document: { __typename?: 'Document', id: string, title: string | null, source: string | null, url: string | null, publishedAt: string | null } }> };

export type GraphQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphQuery = { __typename?: 'Query', graph: { __typename?: 'GraphView', totalNodes: number, totalEdges: number, nodes: Array<{ __typename?: 'GraphNode', id: string, label: string, kind: ActorKind, community: number | null, degree: number, centrality: number, mentions: number }>, edges: Array<{ __typename?: 'GraphEdge', id: string, source: string, target: string, type: RelationType, polarity: Polarity, directed: boolean, weight: number, firstSeen: string | null, lastSeen: string | null }> } };

export type DatedEdgesQueryVariables = Exact<{
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type DatedEdgesQuery = { __typename?: 'Query', graph: { __typename?: 'GraphView', edges: Array<{ __typename?: 'GraphEdge', id: string, weight: number }> } };

export type SearchActorsQueryVariables = Exact<{
  search: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchActorsQuery = { __typename?: 'Query', actors: { __typename?: 'ActorConnection', totalCount: number, nodes: Array<{ __typename?: 'Actor', id: string, name: string, kind: ActorKind }> } };

export type ActorQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  filter?: InputMaybe<GraphFilter>;
}>;


export type ActorQuery = { __typename?: 'Query', actor:
    | { __typename: 'Actor', aliases: Array<string>, mentions: number, degree: number, community: number | null, centrality: number, id: string, name: string, kind: ActorKind, affiliation: { __typename?: 'Actor', id: string, name: string, kind: ActorKind } | null, relations: Array<{ __typename?: 'Relation', id: string, type: RelationType, polarity: Polarity, directed: boolean, weight: number, firstSeen: string | null, lastSeen: string | null, evidenceCount: number, source: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, target: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, evidence: Array<{ __typename?: 'Evidence', quote: string, date: string | null, confidence: number, about: string | null, aboutActors: Array<{ __typename?: 'Actor', id: string, name: string, kind: ActorKind }>, document: { __typename?: 'Document', id: string, title: string | null, source: string | null, url: string | null, publishedAt: string | null } }> }> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, id: string }
   };

export type RelationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  filter?: InputMaybe<GraphFilter>;
}>;


export type RelationQuery = { __typename?: 'Query', relation:
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, id: string }
    | { __typename: 'Relation', id: string, type: RelationType, polarity: Polarity, directed: boolean, weight: number, firstSeen: string | null, lastSeen: string | null, evidenceCount: number, source: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, target: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, evidence: Array<{ __typename?: 'Evidence', quote: string, date: string | null, confidence: number, about: string | null, aboutActors: Array<{ __typename?: 'Actor', id: string, name: string, kind: ActorKind }>, document: { __typename?: 'Document', id: string, title: string | null, source: string | null, url: string | null, publishedAt: string | null } }> }
   };

export type RelationshipQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  rollup?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<GraphFilter>;
}>;


export type RelationshipQuery = { __typename?: 'Query', relationship:
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, id: string }
    | { __typename: 'Relationship', score: number, label: RelationshipLabel, relations: Array<{ __typename?: 'Relation', id: string, type: RelationType, polarity: Polarity, directed: boolean, weight: number, firstSeen: string | null, lastSeen: string | null, evidenceCount: number, source: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, target: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, evidence: Array<{ __typename?: 'Evidence', quote: string, date: string | null, confidence: number, about: string | null, aboutActors: Array<{ __typename?: 'Actor', id: string, name: string, kind: ActorKind }>, document: { __typename?: 'Document', id: string, title: string | null, source: string | null, url: string | null, publishedAt: string | null } }> }>, mediators: Array<{ __typename?: 'Mediation', evidence: number, mediator: { __typename?: 'Actor', id: string, name: string, kind: ActorKind } }>, a: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, b: { __typename?: 'Actor', id: string, name: string, kind: ActorKind }, alignment: { __typename?: 'TieCount', relations: number, evidence: number }, engagement: { __typename?: 'TieCount', relations: number, evidence: number }, hostility: { __typename?: 'TieCount', relations: number, evidence: number } }
   };

type IngestOutcome_ExtractionError_Fragment = { __typename: 'ExtractionError', message: string, code: ErrorCode };

type IngestOutcome_FetchError_Fragment = { __typename: 'FetchError', message: string, code: ErrorCode };

type IngestOutcome_IngestSuccess_Fragment = { __typename: 'IngestSuccess', created: boolean, document: { __typename?: 'Document', id: string, title: string | null, source: string | null, url: string | null, publishedAt: string | null }, relations: Array<{ __typename?: 'Relation', id: string, type: RelationType }>, added: Array<{ __typename?: 'Relation', id: string }>, strengthened: Array<{ __typename?: 'Relation', id: string }>, actors: Array<{ __typename?: 'Actor', id: string, name: string }> };

type IngestOutcome_InvalidInputError_Fragment = { __typename: 'InvalidInputError', message: string, code: ErrorCode, field: string | null };

type IngestOutcome_StorageError_Fragment = { __typename: 'StorageError', message: string, code: ErrorCode };

type IngestOutcome_TooLargeError_Fragment = { __typename: 'TooLargeError', message: string, code: ErrorCode, limit: number, actual: number, field: string | null };

export type IngestOutcomeFragment =
  | IngestOutcome_ExtractionError_Fragment
  | IngestOutcome_FetchError_Fragment
  | IngestOutcome_IngestSuccess_Fragment
  | IngestOutcome_InvalidInputError_Fragment
  | IngestOutcome_StorageError_Fragment
  | IngestOutcome_TooLargeError_Fragment
;

export type IngestMutationVariables = Exact<{
  input: ArticleInput;
}>;


export type IngestMutation = { __typename?: 'Mutation', ingestArticle:
    | { __typename: 'ExtractionError', message: string, code: ErrorCode }
    | { __typename: 'FetchError', message: string, code: ErrorCode }
    | { __typename: 'IngestSuccess', created: boolean, document: { __typename?: 'Document', id: string, title: string | null, source: string | null, url: string | null, publishedAt: string | null }, relations: Array<{ __typename?: 'Relation', id: string, type: RelationType }>, added: Array<{ __typename?: 'Relation', id: string }>, strengthened: Array<{ __typename?: 'Relation', id: string }>, actors: Array<{ __typename?: 'Actor', id: string, name: string }> }
    | { __typename: 'InvalidInputError', message: string, code: ErrorCode, field: string | null }
    | { __typename: 'StorageError', message: string, code: ErrorCode }
    | { __typename: 'TooLargeError', message: string, code: ErrorCode, limit: number, actual: number, field: string | null }
   };

export type EvidenceTimelineQueryVariables = Exact<{
  filter?: InputMaybe<GraphFilter>;
}>;


export type EvidenceTimelineQuery = { __typename?: 'Query', evidenceTimeline: { __typename?: 'EvidenceTimeline', first: string | null, last: string | null, undated: number, days: Array<{ __typename?: 'EvidenceDay', date: string, alignment: number, engagement: number, hostility: number, role: number }> } };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { __typename?: 'Query', documents: { __typename?: 'DocumentConnection', totalCount: number, nodes: Array<{ __typename?: 'Document', source: string | null, publishedAt: string | null }> } };

export type PreviewUrlMutationVariables = Exact<{
  url: Scalars['String']['input'];
}>;


export type PreviewUrlMutation = { __typename?: 'Mutation', previewUrl:
    | { __typename: 'FetchError', message: string, code: ErrorCode, reason: FetchFailure, url: string, status: number | null }
    | { __typename: 'UrlPreview', url: string, canonicalUrl: string | null, title: string | null, outlet: string | null, author: string | null, publishedAt: string | null, text: string, existingDocument: { __typename?: 'Document', id: string, title: string | null } | null }
   };

export type IngestUrlMutationVariables = Exact<{
  url: Scalars['String']['input'];
}>;


export type IngestUrlMutation = { __typename?: 'Mutation', ingestUrl:
    | { __typename: 'ExtractionError', message: string, code: ErrorCode }
    | { __typename: 'FetchError', reason: FetchFailure, url: string, status: number | null, message: string, code: ErrorCode }
    | { __typename: 'IngestSuccess', created: boolean, document: { __typename?: 'Document', id: string, title: string | null, source: string | null, url: string | null, publishedAt: string | null }, relations: Array<{ __typename?: 'Relation', id: string, type: RelationType }>, added: Array<{ __typename?: 'Relation', id: string }>, strengthened: Array<{ __typename?: 'Relation', id: string }>, actors: Array<{ __typename?: 'Actor', id: string, name: string }> }
    | { __typename: 'InvalidInputError', message: string, code: ErrorCode, field: string | null }
    | { __typename: 'StorageError', message: string, code: ErrorCode }
    | { __typename: 'TooLargeError', message: string, code: ErrorCode, limit: number, actual: number, field: string | null }
   };

export type FeedFieldsFragment = { __typename?: 'Feed', id: string, url: string, title: string | null, addedAt: string, lastPolledAt: string | null, lastSuccessAt: string | null, lastError: string | null, failures: number, nextPollAt: string | null, items: number, documents: number };

export type FeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type FeedsQuery = { __typename?: 'Query', feeds: Array<{ __typename?: 'Feed', id: string, url: string, title: string | null, addedAt: string, lastPolledAt: string | null, lastSuccessAt: string | null, lastError: string | null, failures: number, nextPollAt: string | null, items: number, documents: number }> };

export type AddFeedMutationVariables = Exact<{
  url: Scalars['String']['input'];
}>;


export type AddFeedMutation = { __typename?: 'Mutation', addFeed:
    | { __typename: 'Feed', id: string, url: string, title: string | null, addedAt: string, lastPolledAt: string | null, lastSuccessAt: string | null, lastError: string | null, failures: number, nextPollAt: string | null, items: number, documents: number }
    | { __typename: 'FetchError', message: string, code: ErrorCode, reason: FetchFailure, url: string, status: number | null }
   };

export type RemoveFeedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveFeedMutation = { __typename?: 'Mutation', removeFeed:
    | { __typename: 'NotFoundError' }
    | { __typename: 'RemoveFeedSuccess' }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ActorRefFragmentDoc = new TypedDocumentString(`
    fragment ActorRef on Actor {
  id
  name
  kind
}
    `, {"fragmentName":"ActorRef"}) as unknown as TypedDocumentString<ActorRefFragment, unknown>;
export const RankedPairFragmentDoc = new TypedDocumentString(`
    fragment RankedPair on Relationship {
  a {
    ...ActorRef
  }
  b {
    ...ActorRef
  }
  score
  label
  alignment {
    relations
    evidence
  }
  engagement {
    relations
    evidence
  }
  hostility {
    relations
    evidence
  }
}
    fragment ActorRef on Actor {
  id
  name
  kind
}`, {"fragmentName":"RankedPair"}) as unknown as TypedDocumentString<RankedPairFragment, unknown>;
export const DocumentRefFragmentDoc = new TypedDocumentString(`
    fragment DocumentRef on Document {
  id
  title
  source
  url
  publishedAt
}
    `, {"fragmentName":"DocumentRef"}) as unknown as TypedDocumentString<DocumentRefFragment, unknown>;
export const RelationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RelationFields on Relation {
  id
  type
  polarity
  directed
  weight
  firstSeen
  lastSeen
  source {
    ...ActorRef
  }
  target {
    ...ActorRef
  }
  evidenceCount
  evidence(first: 100) {
    quote
    date
    confidence
    about
    aboutActors {
      ...ActorRef
    }
    document {
      ...DocumentRef
    }
  }
}
    fragment ActorRef on Actor {
  id
  name
  kind
}
fragment DocumentRef on Document {
  id
  title
  source
  url
  publishedAt
}`, {"fragmentName":"RelationFields"}) as unknown as TypedDocumentString<RelationFieldsFragment, unknown>;
export const IngestOutcomeFragmentDoc = new TypedDocumentString(`
    fragment IngestOutcome on IngestResult {
  __typename
  ... on IngestSuccess {
    created
    document {
      ...DocumentRef
    }
    relations {
      id
      type
    }
    added {
      id
    }
    strengthened {
      id
    }
    actors {
      id
      name
    }
  }
  ... on InvalidInputError {
    message
    code
    field
  }
  ... on TooLargeError {
    message
    code
    limit
    actual
    field
  }
  ... on UserError {
    message
    code
  }
}
    fragment DocumentRef on Document {
  id
  title
  source
  url
  publishedAt
}`, {"fragmentName":"IngestOutcome"}) as unknown as TypedDocumentString<IngestOutcomeFragment, unknown>;
export const FeedFieldsFragmentDoc = new TypedDocumentString(`
    fragment FeedFields on Feed {
  id
  url
  title
  addedAt
  lastPolledAt
  lastSuccessAt
  lastError
  failures
  nextPollAt
  items
  documents
}
    `, {"fragmentName":"FeedFields"}) as unknown as TypedDocumentString<FeedFieldsFragment, unknown>;
export const DocumentsDocument = new TypedDocumentString(`
    query Documents($first: Int, $after: String) {
  documents(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      source
      url
      publishedAt
      ingestedAt
      relations {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsQuery, DocumentsQueryVariables>;
export const DocumentDocument = new TypedDocumentString(`
    query Document($id: ID!) {
  document(id: $id) {
    __typename
    ... on Document {
      id
      title
      source
      url
      publishedAt
      ingestedAt
      text
      relations {
        id
        type
        polarity
        source {
          ...ActorRef
        }
        target {
          ...ActorRef
        }
        evidence {
          start
          end
          quote
          confidence
          document {
            id
          }
        }
      }
    }
    ... on NotFoundError {
      message
      code
      id
    }
  }
}
    fragment ActorRef on Actor {
  id
  name
  kind
}`) as unknown as TypedDocumentString<DocumentQuery, DocumentQueryVariables>;
export const RemoveDocumentDocument = new TypedDocumentString(`
    mutation RemoveDocument($id: ID!) {
  removeDocument(id: $id) {
    __typename
    ... on RemoveSuccess {
      id
      removedRelations
    }
    ... on NotFoundError {
      message
      code
      id
    }
    ... on StorageError {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveDocumentMutation, RemoveDocumentMutationVariables>;
export const AlliancesDocument = new TypedDocumentString(`
    query Alliances($limit: Int, $filter: GraphFilter) {
  alliances(limit: $limit, filter: $filter) {
    ...RankedPair
  }
}
    fragment RankedPair on Relationship {
  a {
    ...ActorRef
  }
  b {
    ...ActorRef
  }
  score
  label
  alignment {
    relations
    evidence
  }
  engagement {
    relations
    evidence
  }
  hostility {
    relations
    evidence
  }
}
fragment ActorRef on Actor {
  id
  name
  kind
}`) as unknown as TypedDocumentString<AlliancesQuery, AlliancesQueryVariables>;
export const TensionsDocument = new TypedDocumentString(`
    query Tensions($limit: Int, $filter: GraphFilter) {
  tensions(limit: $limit, filter: $filter) {
    ...RankedPair
  }
}
    fragment RankedPair on Relationship {
  a {
    ...ActorRef
  }
  b {
    ...ActorRef
  }
  score
  label
  alignment {
    relations
    evidence
  }
  engagement {
    relations
    evidence
  }
  hostility {
    relations
    evidence
  }
}
fragment ActorRef on Actor {
  id
  name
  kind
}`) as unknown as TypedDocumentString<TensionsQuery, TensionsQueryVariables>;
export const TriadsDocument = new TypedDocumentString(`
    query Triads($limit: Int, $filter: GraphFilter) {
  unbalancedTriads(limit: $limit, filter: $filter) {
    actors {
      ...ActorRef
    }
    signs
  }
}
    fragment ActorRef on Actor {
  id
  name
  kind
}`) as unknown as TypedDocumentString<TriadsQuery, TriadsQueryVariables>;
export const PathDocument = new TypedDocumentString(`
    query Path($from: ID!, $to: ID!, $polarity: Polarity) {
  path(from: $from, to: $to, polarity: $polarity) {
    __typename
    ... on Path {
      actors {
        ...ActorRef
      }
      length
      relations {
        id
        type
        polarity
        source {
          ...ActorRef
        }
        target {
          ...ActorRef
        }
      }
    }
    ... on NotFoundError {
      message
      code
      id
    }
  }
}
    fragment ActorRef on Actor {
  id
  name
  kind
}`) as unknown as TypedDocumentString<PathQuery, PathQueryVariables>;
export const GraphDocument = new TypedDocumentString(`
    query Graph {
  graph(filter: {hideIsolated: false}) {
    totalNodes
    totalEdges
    nodes {
      id
      label
      kind
      community
      degree
      centrality
      mentions
    }
    edges {
      id
      source
      target
      type
      polarity
      directed
      weight
      firstSeen
      lastSeen
    }
  }
}
    `) as unknown as TypedDocumentString<GraphQuery, GraphQueryVariables>;
export const DatedEdgesDocument = new TypedDocumentString(`
    query DatedEdges($since: DateTime, $until: DateTime) {
  graph(filter: {since: $since, until: $until, hideIsolated: false}) {
    edges {
      id
      weight
    }
  }
}
    `) as unknown as TypedDocumentString<DatedEdgesQuery, DatedEdgesQueryVariables>;
export const SearchActorsDocument = new TypedDocumentString(`
    query SearchActors($search: String!, $first: Int) {
  actors(search: $search, first: $first) {
    nodes {
      ...ActorRef
    }
    totalCount
  }
}
    fragment ActorRef on Actor {
  id
  name
  kind
}`) as unknown as TypedDocumentString<SearchActorsQuery, SearchActorsQueryVariables>;
export const ActorDocument = new TypedDocumentString(`
    query Actor($id: ID!, $filter: GraphFilter) {
  actor(id: $id, filter: $filter) {
    __typename
    ... on Actor {
      ...ActorRef
      aliases
      mentions
      degree
      community
      centrality
      affiliation {
        ...ActorRef
      }
      relations {
        ...RelationFields
      }
    }
    ... on NotFoundError {
      message
      code
      id
    }
  }
}
    fragment ActorRef on Actor {
  id
  name
  kind
}
fragment DocumentRef on Document {
  id
  title
  source
  url
  publishedAt
}
fragment RelationFields on Relation {
  id
  type
  polarity
  directed
  weight
  firstSeen
  lastSeen
  source {
    ...ActorRef
  }
  target {
    ...ActorRef
  }
  evidenceCount
  evidence(first: 100) {
    quote
    date
    confidence
    about
    aboutActors {
      ...ActorRef
    }
    document {
      ...DocumentRef
    }
  }
}`) as unknown as TypedDocumentString<ActorQuery, ActorQueryVariables>;
export const RelationDocument = new TypedDocumentString(`
    query Relation($id: ID!, $filter: GraphFilter) {
  relation(id: $id, filter: $filter) {
    __typename
    ... on Relation {
      ...RelationFields
    }
    ... on NotFoundError {
      message
      code
      id
    }
  }
}
    fragment ActorRef on Actor {
  id
  name
  kind
}
fragment DocumentRef on Document {
  id
  title
  source
  url
  publishedAt
}
fragment RelationFields on Relation {
  id
  type
  polarity
  directed
  weight
  firstSeen
  lastSeen
  source {
    ...ActorRef
  }
  target {
    ...ActorRef
  }
  evidenceCount
  evidence(first: 100) {
    quote
    date
    confidence
    about
    aboutActors {
      ...ActorRef
    }
    document {
      ...DocumentRef
    }
  }
}`) as unknown as TypedDocumentString<RelationQuery, RelationQueryVariables>;
export const RelationshipDocument = new TypedDocumentString(`
    query Relationship($a: ID!, $b: ID!, $rollup: Boolean, $filter: GraphFilter) {
  relationship(a: $a, b: $b, rollup: $rollup, filter: $filter) {
    __typename
    ... on Relationship {
      ...RankedPair
      relations {
        ...RelationFields
      }
      mediators {
        mediator {
          ...ActorRef
        }
        evidence
      }
    }
    ... on NotFoundError {
      message
      code
      id
    }
  }
}
    fragment RankedPair on Relationship {
  a {
    ...ActorRef
  }
  b {
    ...ActorRef
  }
  score
  label
  alignment {
    relations
    evidence
  }
  engagement {
    relations
    evidence
  }
  hostility {
    relations
    evidence
  }
}
fragment ActorRef on Actor {
  id
  name
  kind
}
fragment DocumentRef on Document {
  id
  title
  source
  url
  publishedAt
}
fragment RelationFields on Relation {
  id
  type
  polarity
  directed
  weight
  firstSeen
  lastSeen
  source {
    ...ActorRef
  }
  target {
    ...ActorRef
  }
  evidenceCount
  evidence(first: 100) {
    quote
    date
    confidence
    about
    aboutActors {
      ...ActorRef
    }
    document {
      ...DocumentRef
    }
  }
}`) as unknown as TypedDocumentString<RelationshipQuery, RelationshipQueryVariables>;
export const IngestDocument = new TypedDocumentString(`
    mutation Ingest($input: ArticleInput!) {
  ingestArticle(input: $input) {
    ...IngestOutcome
  }
}
    fragment DocumentRef on Document {
  id
  title
  source
  url
  publishedAt
}
fragment IngestOutcome on IngestResult {
  __typename
  ... on IngestSuccess {
    created
    document {
      ...DocumentRef
    }
    relations {
      id
      type
    }
    added {
      id
    }
    strengthened {
      id
    }
    actors {
      id
      name
    }
  }
  ... on InvalidInputError {
    message
    code
    field
  }
  ... on TooLargeError {
    message
    code
    limit
    actual
    field
  }
  ... on UserError {
    message
    code
  }
}`) as unknown as TypedDocumentString<IngestMutation, IngestMutationVariables>;
export const EvidenceTimelineDocument = new TypedDocumentString(`
    query EvidenceTimeline($filter: GraphFilter) {
  evidenceTimeline(filter: $filter) {
    first
    last
    undated
    days {
      date
      alignment
      engagement
      hostility
      role
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceTimelineQuery, EvidenceTimelineQueryVariables>;
export const SourcesDocument = new TypedDocumentString(`
    query Sources {
  documents(first: 500) {
    totalCount
    nodes {
      source
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SourcesQuery, SourcesQueryVariables>;
export const PreviewUrlDocument = new TypedDocumentString(`
    mutation PreviewUrl($url: String!) {
  previewUrl(url: $url) {
    __typename
    ... on UrlPreview {
      url
      canonicalUrl
      title
      outlet
      author
      publishedAt
      text
      existingDocument {
        id
        title
      }
    }
    ... on FetchError {
      message
      code
      reason
      url
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewUrlMutation, PreviewUrlMutationVariables>;
export const IngestUrlDocument = new TypedDocumentString(`
    mutation IngestUrl($url: String!) {
  ingestUrl(url: $url) {
    ...IngestOutcome
    ... on FetchError {
      reason
      url
      status
    }
  }
}
    fragment DocumentRef on Document {
  id
  title
  source
  url
  publishedAt
}
fragment IngestOutcome on IngestResult {
  __typename
  ... on IngestSuccess {
    created
    document {
      ...DocumentRef
    }
    relations {
      id
      type
    }
    added {
      id
    }
    strengthened {
      id
    }
    actors {
      id
      name
    }
  }
  ... on InvalidInputError {
    message
    code
    field
  }
  ... on TooLargeError {
    message
    code
    limit
    actual
    field
  }
  ... on UserError {
    message
    code
  }
}`) as unknown as TypedDocumentString<IngestUrlMutation, IngestUrlMutationVariables>;
export const FeedsDocument = new TypedDocumentString(`
    query Feeds {
  feeds {
    ...FeedFields
  }
}
    fragment FeedFields on Feed {
  id
  url
  title
  addedAt
  lastPolledAt
  lastSuccessAt
  lastError
  failures
  nextPollAt
  items
  documents
}`) as unknown as TypedDocumentString<FeedsQuery, FeedsQueryVariables>;
export const AddFeedDocument = new TypedDocumentString(`
    mutation AddFeed($url: String!) {
  addFeed(url: $url) {
    __typename
    ... on Feed {
      ...FeedFields
    }
    ... on FetchError {
      message
      code
      reason
      url
      status
    }
  }
}
    fragment FeedFields on Feed {
  id
  url
  title
  addedAt
  lastPolledAt
  lastSuccessAt
  lastError
  failures
  nextPollAt
  items
  documents
}`) as unknown as TypedDocumentString<AddFeedMutation, AddFeedMutationVariables>;
export const RemoveFeedDocument = new TypedDocumentString(`
    mutation RemoveFeed($id: ID!) {
  removeFeed(id: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RemoveFeedMutation, RemoveFeedMutationVariables>;