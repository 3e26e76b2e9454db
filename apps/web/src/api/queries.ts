/** The GraphQL operations the app runs, with the shapes of their answers (see apps/api schema.graphql). */

import type { DatedEdges } from '../filters/filter';
import type { GraphFilterInput } from '../filters/scope';
import type { EvidenceDayData } from '../timeline/histogram';
import { gql } from './client';
import type {
  ActorDetail,
  ActorRef,
  GraphViewData,
  IngestResultData,
  RelationData,
  RelationshipData,
  UserErrorData,
} from './types';

/** The `EvidenceTimeline` type of the API. */
export interface EvidenceTimelineData {
  days: EvidenceDayData[];
  first: string | null;
  last: string | null;
  undated: number;
}

const ACTOR_REF = 'id name kind';
const DOCUMENT_REF = 'id title source url publishedAt';
const RELATION_FIELDS = `id type polarity directed weight firstSeen lastSeen
  source { ${ACTOR_REF} } target { ${ACTOR_REF} }
  evidence { quote date confidence about aboutActors { ${ACTOR_REF} } document { ${DOCUMENT_REF} } }`;
/** Error members differ per union, and GraphQL rejects spreads on members a union cannot hold. */
const NOT_FOUND = '... on NotFoundError { message code id }';
const INGEST_ERRORS = `... on InvalidInputError { message code field }
  ... on TooLargeError { message code limit actual field }
  ... on UserError { message code }`;

export const GRAPH_QUERY = `query Graph {
  graph(filter: { hideIsolated: false }) {
    totalNodes totalEdges
    nodes { id label kind community degree centrality mentions }
    edges { id source target type polarity directed weight firstSeen lastSeen }
  }
}`;

/** The whole graph: the app lays it out once and filters it client-side, so positions stay put. */
export async function fetchGraph(signal?: AbortSignal): Promise<GraphViewData> {
  const data = await gql<{ graph: GraphViewData }>(GRAPH_QUERY, {}, { signal });
  return data.graph;
}

export const DATED_EDGES_QUERY = `query DatedEdges($since: DateTime, $until: DateTime) {
  graph(filter: { since: $since, until: $until, hideIsolated: false }) { edges { id weight } }
}`;

/**
 * The relations with evidence dated within [since, until], each with the number of documents that
 * report it within those dates: the API's own reading of a date range, which its GEXF export uses too.
 */
export async function fetchDatedEdges(
  since: string | null,
  until: string | null,
  signal?: AbortSignal,
): Promise<DatedEdges> {
  const data = await gql<{ graph: { edges: { id: string; weight: number }[] } }>(
    DATED_EDGES_QUERY,
    { since, until },
    { signal },
  );
  return new Map(data.graph.edges.map((edge) => [edge.id, edge.weight]));
}

export const SEARCH_QUERY = `query SearchActors($search: String!, $first: Int) {
  actors(search: $search, first: $first) { nodes { ${ACTOR_REF} } totalCount }
}`;

export async function searchActors(search: string, signal?: AbortSignal, first = 8): Promise<ActorRef[]> {
  const data = await gql<{ actors: { nodes: ActorRef[] } }>(SEARCH_QUERY, { search, first }, { signal });
  return data.actors.nodes;
}

/** Thrown when the API answers with a NotFoundError value. */
export class NotFound extends Error {
  constructor(readonly id: string) {
    super(`Nothing found for “${id}”.`);
    this.name = 'NotFound';
  }
}

export const ACTOR_QUERY = `query Actor($id: ID!, $filter: GraphFilter) {
  actor(id: $id, filter: $filter) {
    __typename
    ... on Actor {
      ${ACTOR_REF} aliases mentions degree community centrality
      affiliation { ${ACTOR_REF} }
      relations { ${RELATION_FIELDS} }
    }
    ${NOT_FOUND}
  }
}`;

/** An actor and its relations, read within `filter` (the map's) when one is given. */
export async function fetchActor(
  id: string,
  signal?: AbortSignal,
  filter: GraphFilterInput | null = null,
): Promise<ActorDetail> {
  const data = await gql<{ actor: (ActorDetail & { __typename: 'Actor' }) | UserErrorData }>(
    ACTOR_QUERY,
    { id, filter },
    { signal },
  );
  if (data.actor.__typename !== 'Actor') throw new NotFound(id);
  return data.actor as ActorDetail;
}

export const RELATION_QUERY = `query Relation($id: ID!, $filter: GraphFilter) {
  relation(id: $id, filter: $filter) {
    __typename
    ... on Relation { ${RELATION_FIELDS} }
    ${NOT_FOUND}
  }
}`;

/** A relation and its evidence within `filter` (a relation the filter leaves out comes with none). */
export async function fetchRelation(
  id: string,
  signal?: AbortSignal,
  filter: GraphFilterInput | null = null,
): Promise<RelationData> {
  const data = await gql<{ relation: (RelationData & { __typename: 'Relation' }) | UserErrorData }>(
    RELATION_QUERY,
    { id, filter },
    { signal },
  );
  if (data.relation.__typename !== 'Relation') throw new NotFound(id);
  return data.relation as RelationData;
}

export const RELATIONSHIP_QUERY = `query Relationship($a: ID!, $b: ID!, $rollup: Boolean, $filter: GraphFilter) {
  relationship(a: $a, b: $b, rollup: $rollup, filter: $filter) {
    __typename
    ... on Relationship {
      a { ${ACTOR_REF} } b { ${ACTOR_REF} }
      score label
      alignment { relations evidence } engagement { relations evidence } hostility { relations evidence }
      relations { ${RELATION_FIELDS} }
    }
    ${NOT_FOUND}
  }
}`;

/**
 * How `a` and `b` relate; with `rollup`, the relations of the people who represent them count too
 * (their relations then come back among the pair's, with the people as ends).
 */
export async function fetchRelationship(
  a: string,
  b: string,
  options: { rollup?: boolean; signal?: AbortSignal; filter?: GraphFilterInput | null } = {},
): Promise<RelationshipData> {
  const data = await gql<{
    relationship: (RelationshipData & { __typename: 'Relationship' }) | UserErrorData;
  }>(
    RELATIONSHIP_QUERY,
    { a, b, rollup: options.rollup ?? false, filter: options.filter ?? null },
    { signal: options.signal },
  );
  const result = data.relationship;
  if (result.__typename !== 'Relationship') throw new NotFound((result as UserErrorData).id ?? `${a}, ${b}`);
  return result as RelationshipData;
}

export const INGEST_MUTATION = `mutation Ingest($input: ArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on IngestSuccess {
      created
      document { ${DOCUMENT_REF} }
      relations { id type }
    }
    ${INGEST_ERRORS}
  }
}`;

export interface IngestInput {
  text: string;
  title?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
}

export async function ingestArticle(input: IngestInput): Promise<IngestResultData> {
  const data = await gql<{ ingestArticle: IngestResultData }>(INGEST_MUTATION, { input });
  return data.ingestArticle;
}

export const EVIDENCE_TIMELINE_QUERY = `query EvidenceTimeline($filter: GraphFilter) {
  evidenceTimeline(filter: $filter) {
    first last undated
    days { date alignment engagement hostility role }
  }
}`;

/** Evidence per day by kind of tie over the relations `filter` keeps (its dates aside): the histogram under the map. */
export async function fetchEvidenceTimeline(
  filter: GraphFilterInput | null,
  signal?: AbortSignal,
): Promise<EvidenceTimelineData> {
  const data = await gql<{ evidenceTimeline: EvidenceTimelineData }>(
    EVIDENCE_TIMELINE_QUERY,
    { filter },
    { signal },
  );
  return data.evidenceTimeline;
}

export const SOURCES_QUERY = `query Sources {
  documents(first: 500) { totalCount nodes { source publishedAt } }
}`;

/** Where the graph's articles come from: their outlets and publication dates (the first 500 articles). */
export async function fetchSources(signal?: AbortSignal): Promise<{
  totalCount: number;
  documents: { source: string | null; publishedAt: string | null }[];
}> {
  const data = await gql<{
    documents: { totalCount: number; nodes: { source: string | null; publishedAt: string | null }[] };
  }>(SOURCES_QUERY, {}, { signal });
  return { totalCount: data.documents.totalCount, documents: data.documents.nodes };
}
