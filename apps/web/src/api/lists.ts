/** The API's lists for the panels beside the map: rankings of pairs, unbalanced triads, paths. */
import type { GraphFilterInput } from '../filters/scope';
import { gql } from './client';
import { graphql } from './gql';
import type { PathQuery, RankedPairFragment, TriadsQuery } from './gql/graphql';
import { NotFound } from './queries';

/** A pair of a ranking: how the two stand, without their evidence (the relationship view fetches that). */
export type RankedPairData = RankedPairFragment;

export type Ranking = 'alliances' | 'tensions';

graphql(`
  fragment RankedPair on Relationship {
    a { ...ActorRef }
    b { ...ActorRef }
    score
    label
    alignment { relations evidence }
    engagement { relations evidence }
    hostility { relations evidence }
  }
`);

export const RANKING_QUERIES = {
  alliances: graphql(`
    query Alliances($limit: Int, $filter: GraphFilter) {
      alliances(limit: $limit, filter: $filter) { ...RankedPair }
    }
  `),
  tensions: graphql(`
    query Tensions($limit: Int, $filter: GraphFilter) {
      tensions(limit: $limit, filter: $filter) { ...RankedPair }
    }
  `),
};

/** The strongest alliances or tensions within the map's filter. */
export async function fetchRanking(
  ranking: Ranking,
  filter: GraphFilterInput | null,
  signal?: AbortSignal,
  limit = 25,
): Promise<RankedPairData[]> {
  if (ranking === 'alliances')
    return (await gql(RANKING_QUERIES.alliances, { limit, filter }, { signal })).alliances;
  return (await gql(RANKING_QUERIES.tensions, { limit, filter }, { signal })).tensions;
}

/** Signs of the sides a-b, b-c, c-a: +1 aligned, -1 hostile. */
export type TriadData = TriadsQuery['unbalancedTriads'][number];

export const TRIADS_QUERY = graphql(`
  query Triads($limit: Int, $filter: GraphFilter) {
    unbalancedTriads(limit: $limit, filter: $filter) {
      actors { ...ActorRef }
      signs
    }
  }
`);

/** Unbalanced triads, their pairs signed on what the map's filter keeps. */
export async function fetchTriads(
  filter: GraphFilterInput | null,
  signal?: AbortSignal,
  limit = 25,
): Promise<TriadData[]> {
  const data = await gql(TRIADS_QUERY, { limit, filter }, { signal });
  return data.unbalancedTriads;
}

export type PathData = Extract<PathQuery['path'], { __typename: 'Path' }>;

export const PATH_QUERY = graphql(`
  query Path($from: ID!, $to: ID!, $polarity: Polarity) {
    path(from: $from, to: $to, polarity: $polarity) {
      __typename
      ... on Path {
        actors { ...ActorRef }
        length
        relations {
          id
          type
          polarity
          source { ...ActorRef }
          target { ...ActorRef }
        }
      }
      ... on NotFoundError { message code id }
    }
  }
`);

/** The shortest path between two actors, through cooperative relations only when asked; null when none. */
export async function fetchPath(
  from: string,
  to: string,
  cooperativeOnly: boolean,
  signal?: AbortSignal,
): Promise<PathData | null> {
  const { path } = await gql(
    PATH_QUERY,
    { from, to, polarity: cooperativeOnly ? 'cooperative' : null },
    { signal },
  );
  if (path.__typename === 'Path') return path;
  // A missing path is named "from->to"; a missing actor by its id.
  if (path.code === 'NOT_FOUND' && path.id.includes('->')) return null;
  throw new NotFound(path.id);
}
