// Generated from schema.graphql by `pnpm codegen`: do not edit.
import type * as Types from '../schema/types.generated.js';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorModel, RelationModel, DocumentModel, RelationSummaryModel, CommunityModel, RelationshipModel, PathModel } from '../service/models.js';
import type { GraphView } from '../service/graph-view.js';
import type { IngestOutcome } from '../service/graph-service.js';
import type { StoredFeed, DocumentSource } from '../store/types.js';
import type { Evidence, TimelinePoint, Triad, Mediation } from '@entente/core';
import type { ApiContext } from './context.js';
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };


export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Types.Maybe<TTypes> | Promise<Types.Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  ActorResult:
    | ( ActorModel )
    | ( Types.NotFoundError )
  ;
  AddFeedResult:
    | ( StoredFeed )
    | ( Types.FetchError )
  ;
  DocumentResult:
    | ( DocumentModel )
    | ( Types.NotFoundError )
  ;
  IngestResult:
    | ( Types.ExtractionError )
    | ( Types.FetchError )
    | ( IngestOutcome )
    | ( Types.InvalidInputError )
    | ( Types.StorageError )
    | ( Types.TooLargeError )
  ;
  PathResult:
    | ( Types.NotFoundError )
    | ( PathModel )
  ;
  PollFeedResult:
    | ( Types.NotFoundError )
    | ( Omit<Types.PollFeedSuccess, 'feed'> & { feed: _RefType['Feed'] } )
  ;
  PreviewResult:
    | ( Types.FetchError )
    | ( Omit<Types.UrlPreview, 'existingDocument'> & { existingDocument?: Types.Maybe<_RefType['Document']> } )
  ;
  RelationResult:
    | ( Types.NotFoundError )
    | ( RelationModel )
  ;
  RelationshipResult:
    | ( Types.NotFoundError )
    | ( RelationshipModel )
  ;
  RemoveFeedResult:
    | ( Types.NotFoundError )
    | ( Types.RemoveFeedSuccess )
  ;
  RemoveResult:
    | ( Types.NotFoundError )
    | ( Types.RemoveSuccess )
    | ( Types.StorageError )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  UserError:
    | ( Types.ExtractionError )
    | ( Types.FetchError )
    | ( Types.InvalidInputError )
    | ( Types.NotFoundError )
    | ( Types.StorageError )
    | ( Types.TooLargeError )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorModel>;
  ActorConnection: ResolverTypeWrapper<Omit<Types.ActorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ActorEdge']>, nodes: Array<ResolversTypes['Actor']> }>;
  ActorEdge: ResolverTypeWrapper<Omit<Types.ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorKind: Types.ActorKind;
  ActorResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ActorResult']>;
  AddFeedResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddFeedResult']>;
  ArticleInput: Types.ArticleInput;
  Boolean: ResolverTypeWrapper<Types.Scalars['Boolean']['output']>;
  Community: ResolverTypeWrapper<CommunityModel>;
  DateTime: ResolverTypeWrapper<Types.Scalars['DateTime']['output']>;
  Document: ResolverTypeWrapper<DocumentModel>;
  DocumentConnection: ResolverTypeWrapper<Omit<Types.DocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DocumentEdge']>, nodes: Array<ResolversTypes['Document']> }>;
  DocumentEdge: ResolverTypeWrapper<Omit<Types.DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  DocumentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['DocumentResult']>;
  DocumentSource: ResolverTypeWrapper<DocumentSource>;
  ErrorCode: Types.ErrorCode;
  Evidence: ResolverTypeWrapper<Evidence>;
  EvidenceDay: ResolverTypeWrapper<Types.EvidenceDay>;
  EvidenceTimeline: ResolverTypeWrapper<Types.EvidenceTimeline>;
  ExtractionError: ResolverTypeWrapper<Types.ExtractionError>;
  Feed: ResolverTypeWrapper<StoredFeed>;
  FetchError: ResolverTypeWrapper<Types.FetchError>;
  FetchFailure: Types.FetchFailure;
  Float: ResolverTypeWrapper<Types.Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<RelationSummaryModel>;
  GraphFilter: Types.GraphFilter;
  GraphNode: ResolverTypeWrapper<Types.GraphNode>;
  GraphView: ResolverTypeWrapper<GraphView>;
  ID: ResolverTypeWrapper<Types.Scalars['ID']['output']>;
  IngestResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['IngestResult']>;
  IngestSuccess: ResolverTypeWrapper<IngestOutcome>;
  Int: ResolverTypeWrapper<Types.Scalars['Int']['output']>;
  InvalidInputError: ResolverTypeWrapper<Types.InvalidInputError>;
  Mediation: ResolverTypeWrapper<Mediation>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeighborFilter: Types.NeighborFilter;
  NotFoundError: ResolverTypeWrapper<Types.NotFoundError>;
  PageInfo: ResolverTypeWrapper<Types.PageInfo>;
  Path: ResolverTypeWrapper<PathModel>;
  PathResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PathResult']>;
  Polarity: Types.Polarity;
  PollFeedResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PollFeedResult']>;
  PollFeedSuccess: ResolverTypeWrapper<Omit<Types.PollFeedSuccess, 'feed'> & { feed: ResolversTypes['Feed'] }>;
  PreviewResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PreviewResult']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationModel>;
  RelationChange: ResolverTypeWrapper<Omit<Types.RelationChange, 'relation'> & { relation?: Types.Maybe<ResolversTypes['Relation']> }>;
  RelationChangeKind: Types.RelationChangeKind;
  RelationConnection: ResolverTypeWrapper<Omit<Types.RelationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RelationEdge']>, nodes: Array<ResolversTypes['Relation']> }>;
  RelationEdge: ResolverTypeWrapper<Omit<Types.RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationFilter: Types.RelationFilter;
  RelationKind: Types.RelationKind;
  RelationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RelationResult']>;
  RelationType: Types.RelationType;
  RelationTypeInfo: ResolverTypeWrapper<Types.RelationTypeInfo>;
  Relationship: ResolverTypeWrapper<RelationshipModel>;
  RelationshipLabel: Types.RelationshipLabel;
  RelationshipResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RelationshipResult']>;
  RemoveFeedResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RemoveFeedResult']>;
  RemoveFeedSuccess: ResolverTypeWrapper<Types.RemoveFeedSuccess>;
  RemoveResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RemoveResult']>;
  RemoveSuccess: ResolverTypeWrapper<Types.RemoveSuccess>;
  Stats: ResolverTypeWrapper<Types.Stats>;
  StorageError: ResolverTypeWrapper<Types.StorageError>;
  StorageFaultReason: Types.StorageFaultReason;
  String: ResolverTypeWrapper<Types.Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TieCount: ResolverTypeWrapper<Types.TieCount>;
  TimelineBucket: Types.TimelineBucket;
  TimelinePoint: ResolverTypeWrapper<TimelinePoint>;
  TooLargeError: ResolverTypeWrapper<Types.TooLargeError>;
  Triad: ResolverTypeWrapper<Triad>;
  TypeCount: ResolverTypeWrapper<Types.TypeCount>;
  UrlPreview: ResolverTypeWrapper<Omit<Types.UrlPreview, 'existingDocument'> & { existingDocument?: Types.Maybe<ResolversTypes['Document']> }>;
  UserError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['UserError']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorModel;
  ActorConnection: Omit<Types.ActorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ActorEdge']>, nodes: Array<ResolversParentTypes['Actor']> };
  ActorEdge: Omit<Types.ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorResult: ResolversUnionTypes<ResolversParentTypes>['ActorResult'];
  AddFeedResult: ResolversUnionTypes<ResolversParentTypes>['AddFeedResult'];
  ArticleInput: Types.ArticleInput;
  Boolean: Types.Scalars['Boolean']['output'];
  Community: CommunityModel;
  DateTime: Types.Scalars['DateTime']['output'];
  Document: DocumentModel;
  DocumentConnection: Omit<Types.DocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DocumentEdge']>, nodes: Array<ResolversParentTypes['Document']> };
  DocumentEdge: Omit<Types.DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  DocumentResult: ResolversUnionTypes<ResolversParentTypes>['DocumentResult'];
  DocumentSource: DocumentSource;
  Evidence: Evidence;
  EvidenceDay: Types.EvidenceDay;
  EvidenceTimeline: Types.EvidenceTimeline;
  ExtractionError: Types.ExtractionError;
  Feed: StoredFeed;
  FetchError: Types.FetchError;
  Float: Types.Scalars['Float']['output'];
  GraphEdge: RelationSummaryModel;
  GraphFilter: Types.GraphFilter;
  GraphNode: Types.GraphNode;
  GraphView: GraphView;
  ID: Types.Scalars['ID']['output'];
  IngestResult: ResolversUnionTypes<ResolversParentTypes>['IngestResult'];
  IngestSuccess: IngestOutcome;
  Int: Types.Scalars['Int']['output'];
  InvalidInputError: Types.InvalidInputError;
  Mediation: Mediation;
  Mutation: Record<PropertyKey, never>;
  NeighborFilter: Types.NeighborFilter;
  NotFoundError: Types.NotFoundError;
  PageInfo: Types.PageInfo;
  Path: PathModel;
  PathResult: ResolversUnionTypes<ResolversParentTypes>['PathResult'];
  PollFeedResult: ResolversUnionTypes<ResolversParentTypes>['PollFeedResult'];
  PollFeedSuccess: Omit<Types.PollFeedSuccess, 'feed'> & { feed: ResolversParentTypes['Feed'] };
  PreviewResult: ResolversUnionTypes<ResolversParentTypes>['PreviewResult'];
  Query: Record<PropertyKey, never>;
  Relation: RelationModel;
  RelationChange: Omit<Types.RelationChange, 'relation'> & { relation?: Types.Maybe<ResolversParentTypes['Relation']> };
  RelationConnection: Omit<Types.RelationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RelationEdge']>, nodes: Array<ResolversParentTypes['Relation']> };
  RelationEdge: Omit<Types.RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  RelationFilter: Types.RelationFilter;
  RelationResult: ResolversUnionTypes<ResolversParentTypes>['RelationResult'];
  RelationTypeInfo: Types.RelationTypeInfo;
  Relationship: RelationshipModel;
  RelationshipResult: ResolversUnionTypes<ResolversParentTypes>['RelationshipResult'];
  RemoveFeedResult: ResolversUnionTypes<ResolversParentTypes>['RemoveFeedResult'];
  RemoveFeedSuccess: Types.RemoveFeedSuccess;
  RemoveResult: ResolversUnionTypes<ResolversParentTypes>['RemoveResult'];
  RemoveSuccess: Types.RemoveSuccess;
  Stats: Types.Stats;
  StorageError: Types.StorageError;
  String: Types.Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TieCount: Types.TieCount;
  TimelinePoint: TimelinePoint;
  TooLargeError: Types.TooLargeError;
  Triad: Triad;
  TypeCount: Types.TypeCount;
  UrlPreview: Omit<Types.UrlPreview, 'existingDocument'> & { existingDocument?: Types.Maybe<ResolversParentTypes['Document']> };
  UserError: ResolversInterfaceTypes<ResolversParentTypes>['UserError'];
};

export type ActorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  affiliation?: Resolver<Types.Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  centrality?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  concernedBy?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<Types.ActorNeighborsArgs>>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, Partial<Types.ActorRelationsArgs>>;
  timeline?: Resolver<Array<ResolversTypes['TimelinePoint']>, ParentType, ContextType, RequireFields<Types.ActorTimelineArgs, 'bucket' | 'rollup'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type ActorResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorResult'] = ResolversParentTypes['ActorResult']> = {
  __resolveType: TypeResolveFn<'Actor' | 'NotFoundError', ParentType, ContextType>;
};

export type AddFeedResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AddFeedResult'] = ResolversParentTypes['AddFeedResult']> = {
  __resolveType: TypeResolveFn<'Feed' | 'FetchError', ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  source?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['DocumentSource']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type DocumentResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentResult'] = ResolversParentTypes['DocumentResult']> = {
  __resolveType: TypeResolveFn<'Document' | 'NotFoundError', ParentType, ContextType>;
};

export type DocumentSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentSource'] = ResolversParentTypes['DocumentSource']> = {
  feed?: Resolver<Types.Maybe<ResolversTypes['Feed']>, ParentType, ContextType>;
  outlet?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  seenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  about?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aboutActors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  aboutEnd?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  aboutStart?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceDayResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EvidenceDay'] = ResolversParentTypes['EvidenceDay']> = {
  alignment?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  engagement?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hostility?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceTimelineResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EvidenceTimeline'] = ResolversParentTypes['EvidenceTimeline']> = {
  days?: Resolver<Array<ResolversTypes['EvidenceDay']>, ParentType, ContextType>;
  first?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  last?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  undated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExtractionErrorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ExtractionError'] = ResolversParentTypes['ExtractionError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FeedResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Feed'] = ResolversParentTypes['Feed']> = {
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastError?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastPolledAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSuccessAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  nextPollAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FetchErrorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FetchError'] = ResolversParentTypes['FetchError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['FetchFailure'], ParentType, ContextType>;
  status?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  directed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  firstSeen?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
  lastSeen?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  centrality?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphViewResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphView'] = ResolversParentTypes['GraphView']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  totalEdges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  __resolveType: TypeResolveFn<'ExtractionError' | 'FetchError' | 'IngestSuccess' | 'InvalidInputError' | 'StorageError' | 'TooLargeError', ParentType, ContextType>;
};

export type IngestSuccessResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestSuccess'] = ResolversParentTypes['IngestSuccess']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  added?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  strengthened?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidInputErrorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['InvalidInputError'] = ResolversParentTypes['InvalidInputError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MediationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mediation'] = ResolversParentTypes['Mediation']> = {
  evidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mediator?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addFeed?: Resolver<ResolversTypes['AddFeedResult'], ParentType, ContextType, RequireFields<Types.MutationAddFeedArgs, 'url'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<Types.MutationIngestArticleArgs, 'input'>>;
  ingestUrl?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<Types.MutationIngestUrlArgs, 'url'>>;
  pollFeed?: Resolver<ResolversTypes['PollFeedResult'], ParentType, ContextType, RequireFields<Types.MutationPollFeedArgs, 'id'>>;
  previewUrl?: Resolver<ResolversTypes['PreviewResult'], ParentType, ContextType, RequireFields<Types.MutationPreviewUrlArgs, 'url'>>;
  removeDocument?: Resolver<ResolversTypes['RemoveResult'], ParentType, ContextType, RequireFields<Types.MutationRemoveDocumentArgs, 'id'>>;
  removeFeed?: Resolver<ResolversTypes['RemoveFeedResult'], ParentType, ContextType, RequireFields<Types.MutationRemoveFeedArgs, 'id'>>;
};

export type NotFoundErrorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NotFoundError'] = ResolversParentTypes['NotFoundError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PathResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PathResult'] = ResolversParentTypes['PathResult']> = {
  __resolveType: TypeResolveFn<'NotFoundError' | 'Path', ParentType, ContextType>;
};

export type PollFeedResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PollFeedResult'] = ResolversParentTypes['PollFeedResult']> = {
  __resolveType: TypeResolveFn<'NotFoundError' | 'PollFeedSuccess', ParentType, ContextType>;
};

export type PollFeedSuccessResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PollFeedSuccess'] = ResolversParentTypes['PollFeedSuccess']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  feed?: Resolver<ResolversTypes['Feed'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PreviewResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PreviewResult'] = ResolversParentTypes['PreviewResult']> = {
  __resolveType: TypeResolveFn<'FetchError' | 'UrlPreview', ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<ResolversTypes['ActorResult'], ParentType, ContextType, RequireFields<Types.QueryActorArgs, 'id'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<Types.QueryActorsArgs, 'first'>>;
  alliances?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<Types.QueryAlliancesArgs, 'limit' | 'rollup'>>;
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['DocumentResult'], ParentType, ContextType, RequireFields<Types.QueryDocumentArgs, 'id'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<Types.QueryDocumentsArgs, 'first'>>;
  evidenceTimeline?: Resolver<ResolversTypes['EvidenceTimeline'], ParentType, ContextType, Partial<Types.QueryEvidenceTimelineArgs>>;
  feeds?: Resolver<Array<ResolversTypes['Feed']>, ParentType, ContextType>;
  graph?: Resolver<ResolversTypes['GraphView'], ParentType, ContextType, Partial<Types.QueryGraphArgs>>;
  path?: Resolver<ResolversTypes['PathResult'], ParentType, ContextType, RequireFields<Types.QueryPathArgs, 'from' | 'to'>>;
  relation?: Resolver<ResolversTypes['RelationResult'], ParentType, ContextType, RequireFields<Types.QueryRelationArgs, 'id'>>;
  relationTypes?: Resolver<Array<ResolversTypes['RelationTypeInfo']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<Types.QueryRelationsArgs, 'first'>>;
  relationship?: Resolver<ResolversTypes['RelationshipResult'], ParentType, ContextType, RequireFields<Types.QueryRelationshipArgs, 'a' | 'b' | 'rollup'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  tensions?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<Types.QueryTensionsArgs, 'limit' | 'rollup'>>;
  unbalancedTriads?: Resolver<Array<ResolversTypes['Triad']>, ParentType, ContextType, RequireFields<Types.QueryUnbalancedTriadsArgs, 'limit'>>;
};

export type RelationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  directed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, Partial<Types.RelationEvidenceArgs>>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSeen?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
  lastSeen?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationChange'] = ResolversParentTypes['RelationChange']> = {
  change?: Resolver<ResolversTypes['RelationChangeKind'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relation?: Resolver<Types.Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationResult'] = ResolversParentTypes['RelationResult']> = {
  __resolveType: TypeResolveFn<'NotFoundError' | 'Relation', ParentType, ContextType>;
};

export type RelationTypeInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationTypeInfo'] = ResolversParentTypes['RelationTypeInfo']> = {
  cameo?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  directed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RelationshipResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  a?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  alignment?: Resolver<ResolversTypes['TieCount'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  conflictual?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cooperative?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  engagement?: Resolver<ResolversTypes['TieCount'], ParentType, ContextType>;
  hostility?: Resolver<ResolversTypes['TieCount'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['RelationshipLabel'], ParentType, ContextType>;
  mediators?: Resolver<Array<ResolversTypes['Mediation']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelinePoint']>, ParentType, ContextType, RequireFields<Types.RelationshipTimelineArgs, 'bucket'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationshipResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationshipResult'] = ResolversParentTypes['RelationshipResult']> = {
  __resolveType: TypeResolveFn<'NotFoundError' | 'Relationship', ParentType, ContextType>;
};

export type RemoveFeedResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RemoveFeedResult'] = ResolversParentTypes['RemoveFeedResult']> = {
  __resolveType: TypeResolveFn<'NotFoundError' | 'RemoveFeedSuccess', ParentType, ContextType>;
};

export type RemoveFeedSuccessResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RemoveFeedSuccess'] = ResolversParentTypes['RemoveFeedSuccess']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RemoveResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RemoveResult'] = ResolversParentTypes['RemoveResult']> = {
  __resolveType: TypeResolveFn<'NotFoundError' | 'RemoveSuccess' | 'StorageError', ParentType, ContextType>;
};

export type RemoveSuccessResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RemoveSuccess'] = ResolversParentTypes['RemoveSuccess']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  removedRelations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  conflictual?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cooperative?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  neutral?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StorageErrorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StorageError'] = ResolversParentTypes['StorageError']> = {
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['StorageFaultReason'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  documentAdded?: SubscriptionResolver<ResolversTypes['Document'], "documentAdded", ParentType, ContextType>;
  feedPolled?: SubscriptionResolver<ResolversTypes['Feed'], "feedPolled", ParentType, ContextType>;
  relationChanged?: SubscriptionResolver<ResolversTypes['RelationChange'], "relationChanged", ParentType, ContextType>;
  relationshipChanged?: SubscriptionResolver<ResolversTypes['Relationship'], "relationshipChanged", ParentType, ContextType, RequireFields<Types.SubscriptionRelationshipChangedArgs, 'a' | 'b'>>;
};

export type TieCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TieCount'] = ResolversParentTypes['TieCount']> = {
  evidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelinePointResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TimelinePoint'] = ResolversParentTypes['TimelinePoint']> = {
  alignment?: Resolver<ResolversTypes['TieCount'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  engagement?: Resolver<ResolversTypes['TieCount'], ParentType, ContextType>;
  hostility?: Resolver<ResolversTypes['TieCount'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['RelationshipLabel'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TooLargeErrorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TooLargeError'] = ResolversParentTypes['TooLargeError']> = {
  actual?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TriadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Triad'] = ResolversParentTypes['Triad']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  signs?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type UrlPreviewResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UrlPreview'] = ResolversParentTypes['UrlPreview']> = {
  author?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  canonicalUrl?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  existingDocument?: Resolver<Types.Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  outlet?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  __resolveType: TypeResolveFn<'ExtractionError' | 'FetchError' | 'InvalidInputError' | 'NotFoundError' | 'StorageError' | 'TooLargeError', ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorResult?: ActorResultResolvers<ContextType>;
  AddFeedResult?: AddFeedResultResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  DocumentResult?: DocumentResultResolvers<ContextType>;
  DocumentSource?: DocumentSourceResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  EvidenceDay?: EvidenceDayResolvers<ContextType>;
  EvidenceTimeline?: EvidenceTimelineResolvers<ContextType>;
  ExtractionError?: ExtractionErrorResolvers<ContextType>;
  Feed?: FeedResolvers<ContextType>;
  FetchError?: FetchErrorResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphView?: GraphViewResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  IngestSuccess?: IngestSuccessResolvers<ContextType>;
  InvalidInputError?: InvalidInputErrorResolvers<ContextType>;
  Mediation?: MediationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotFoundError?: NotFoundErrorResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathResult?: PathResultResolvers<ContextType>;
  PollFeedResult?: PollFeedResultResolvers<ContextType>;
  PollFeedSuccess?: PollFeedSuccessResolvers<ContextType>;
  PreviewResult?: PreviewResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationChange?: RelationChangeResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  RelationResult?: RelationResultResolvers<ContextType>;
  RelationTypeInfo?: RelationTypeInfoResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  RelationshipResult?: RelationshipResultResolvers<ContextType>;
  RemoveFeedResult?: RemoveFeedResultResolvers<ContextType>;
  RemoveFeedSuccess?: RemoveFeedSuccessResolvers<ContextType>;
  RemoveResult?: RemoveResultResolvers<ContextType>;
  RemoveSuccess?: RemoveSuccessResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  StorageError?: StorageErrorResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TieCount?: TieCountResolvers<ContextType>;
  TimelinePoint?: TimelinePointResolvers<ContextType>;
  TooLargeError?: TooLargeErrorResolvers<ContextType>;
  Triad?: TriadResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
  UrlPreview?: UrlPreviewResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

