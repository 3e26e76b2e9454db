import type { ApiContext } from './context.js';
import { Mutation } from './mutation.js';
import * as objectTypes from './objects.js';
import { Query } from './query.js';
import type { Resolvers } from './resolvers.generated.js';
import { DateTimeScalar } from './scalars.js';
import { DocumentSourceType, Feed, Subscription, WebMutation, WebQuery } from './web.js';

type TypenameOf<Value> = Value extends { __typename?: infer Name extends string } ? Name : never;

/** Union members without `__typename` are the success type: only error values carry one. */
function resolveWith<Success extends string>(successType: Success) {
  return <Value extends object>(value: Value) =>
    ('__typename' in value && typeof value.__typename === 'string' ? value.__typename : successType) as
      | Success
      | TypenameOf<Value>;
}

/** Every resolver but the scalar's, checked against the types generated from schema.graphql. */
const typed: Omit<Resolvers, 'DateTime'> = {
  Query: { ...Query, ...WebQuery },
  Mutation: { ...Mutation, ...WebMutation },
  Subscription,
  ...objectTypes,
  Feed,
  DocumentSource: DocumentSourceType,
  ActorResult: { __resolveType: resolveWith('Actor') },
  RelationResult: { __resolveType: resolveWith('Relation') },
  DocumentResult: { __resolveType: resolveWith('Document') },
  RelationshipResult: { __resolveType: resolveWith('Relationship') },
  PathResult: { __resolveType: resolveWith('Path') },
  IngestResult: { __resolveType: resolveWith('IngestSuccess') },
  RemoveResult: { __resolveType: resolveWith('RemoveSuccess') },
  PreviewResult: { __resolveType: resolveWith('UrlPreview') },
  AddFeedResult: { __resolveType: resolveWith('Feed') },
  RemoveFeedResult: { __resolveType: resolveWith('RemoveFeedSuccess') },
  PollFeedResult: { __resolveType: resolveWith('PollFeedSuccess') },
  UserError: { __resolveType: (value) => value.__typename ?? null },
};

/**
 * The scalar is given as graphql-tools scalar resolvers rather than the GraphQLScalarType instance the
 * generated type asks for (see scalars.ts), so it joins the typed resolvers here.
 */
export const resolvers = { DateTime: DateTimeScalar, ...typed };

export type { ApiContext };
