/** The API's lists for the panels beside the map: rankings of pairs, unbalanced triads, paths. */
import type { GraphFilterInput } from '../filters/scope';
import { gql } from './client';
import { NotFound } from './queries';
import type { ActorRef, RelationshipLabel, TieCountData, UserErrorData } from './types';

const ACTOR_REF = 'id name kind';

/** A pair of a ranking: how the two stand, without their evidence (the relationship view fetches that). */
export interface RankedPairData {
  a: ActorRef;
  b: ActorRef;
  score: number;
  label: RelationshipLabel;
  alignment: TieCountData;
  engagement: TieCountData;
  hostility: TieCountData;
}

export type Ranking = 'alliances' | 'tensions';

const PAIR_FIELDS = `a { ${ACTOR_REF} } b { ${ACTOR_REF} } score label
  alignment { relations evidence } engagement { relations evidence } hostility { relations evidence }`;

export const RANKING_QUERIES: Record<Ranking, string> = {
  alliances: `query Alliances($limit: Int, $filter: GraphFilter) {
    alliances(limit: $limit, filter: $filter) { ${PAIR_FIELDS} }
  }`,
  tensions: `query Tensions($limit: Int, $filter: GraphFilter) {
    tensions(limit: $limit, filter: $filter) { ${PAIR_FIELDS} }
  }`,
};

/** The strongest alliances or tensions within the map's filter. */
export async function fetchRanking(
  ranking: Ranking,
  filter: GraphFilterInput | null,
  signal?: AbortSignal,
  limit = 25,
): Promise<RankedPairData[]> {
  const data = await gql<Record<Ranking, RankedPairData[]>>(
    RANKING_QUERIES[ranking],
    { limit, filter },
    { signal },
  );
  return data[ranking];
}

export interface TriadData {
  actors: ActorRef[];
  /** Signs of the sides a-b, b-c, c-a: +1 aligned, -1 hostile. */
  signs: number[];
}

export const TRIADS_QUERY = `query Triads($limit: Int) {
  unbalancedTriads(limit: $limit) { actors { ${ACTOR_REF} } signs }
}`;

export async function fetchTriads(signal?: AbortSignal, limit = 25): Promise<TriadData[]> {
  const data = await gql<{ unbalancedTriads: TriadData[] }>(TRIADS_QUERY, { limit }, { signal });
  return data.unbalancedTriads;
}

export interface PathData {
  actors: ActorRef[];
  relations: { id: string; type: string; polarity: string; source: ActorRef; target: ActorRef }[];
  length: number;
}

export const PATH_QUERY = `query Path($from: ID!, $to: ID!, $polarity: Polarity) {
  path(from: $from, to: $to, polarity: $polarity) {
    __typename
    ... on Path {
      actors { ${ACTOR_REF} } length
      relations { id type polarity source { ${ACTOR_REF} } target { ${ACTOR_REF} } }
    }
    ... on NotFoundError { message code id }
  }
}`;

/** The shortest path between two actors, through cooperative relations only when asked; null when none. */
export async function fetchPath(
  from: string,
  to: string,
  cooperativeOnly: boolean,
  signal?: AbortSignal,
): Promise<PathData | null> {
  const data = await gql<{ path: (PathData & { __typename: 'Path' }) | UserErrorData }>(
    PATH_QUERY,
    { from, to, polarity: cooperativeOnly ? 'cooperative' : null },
    { signal },
  );
  if (data.path.__typename === 'Path') return data.path as PathData;
  if ((data.path as UserErrorData).code === 'NOT_FOUND' && (data.path as UserErrorData).id?.includes('->'))
    return null;
  throw new NotFound((data.path as UserErrorData).id ?? `${from}, ${to}`);
}
