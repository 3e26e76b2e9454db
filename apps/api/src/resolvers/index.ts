import type { ApiContext } from './context.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { DateTimeScalar } from './scalars.js';
import * as objectTypes from './types.js';

/** Union members without `__typename` are the success type: only error values carry one. */
function resolveWith(successType: string) {
  return (value: { __typename?: string }) => value.__typename ?? successType;
}

export const resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  ...objectTypes,
  ActorResult: { __resolveType: resolveWith('Actor') },
  RelationResult: { __resolveType: resolveWith('Relation') },
  DocumentResult: { __resolveType: resolveWith('Document') },
  RelationshipResult: { __resolveType: resolveWith('Relationship') },
  PathResult: { __resolveType: resolveWith('Path') },
  IngestResult: { __resolveType: resolveWith('IngestSuccess') },
  RemoveResult: { __resolveType: resolveWith('RemoveSuccess') },
  UserError: { __resolveType: (value: { __typename: string }) => value.__typename },
};

export type { ApiContext };
