import type { ApiContext } from './context.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { DateTimeScalar } from './scalars.js';
import * as objectTypes from './types.js';
import { DocumentSourceType, Feed, Subscription, WebMutation, WebQuery } from './web.js';

/** Union members without `__typename` are the success type: only error values carry one. */
function resolveWith(successType: string) {
  return (value: { __typename?: string }) => value.__typename ?? successType;
}

export const resolvers = {
  DateTime: DateTimeScalar,
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
  UserError: { __resolveType: (value: { __typename: string }) => value.__typename },
};

export type { ApiContext };
