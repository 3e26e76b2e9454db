/**
 * The GraphQL operations the app runs. Each is a typed document generated from the API's schema.graphql
 * (`pnpm codegen`), so the shapes of their answers follow from the query text: no hand-written mirror.
 */

import type { DatedEdges } from '../filters/filter';
import type { GraphFilterInput } from '../filters/scope';
import { gql } from './client';
import { graphql } from './gql';
import type {
  ActorDetail,
  ActorRef,
  EvidenceTimelineData,
  GraphViewData,
  IngestInput,
  IngestResultData,
  RelationData,
  RelationshipData,
} from './types';

export type { EvidenceTimelineData, IngestInput } from './types';

graphql(`
  fragment ActorRef on Actor {
    id
    name
    kind
  }
`);

graphql(`
  fragment DocumentRef on Document {
    id
    title
    source
    url
    publishedAt
  }
`);

graphql(`
  fragment RelationFields on Relation {
    id
    type
    polarity
    directed
    weight
    firstSeen
    lastSeen
    source { ...ActorRef }
    target { ...ActorRef }
    evidenceCount
    evidence(first: 100) {
      quote
      date
      confidence
      about
      aboutActors { ...ActorRef }
      document { ...DocumentRef }
    }
  }
`);

export const GRAPH_QUERY = graphql(`
  query Graph {
    graph(filter: { hideIsolated: false }) {
      totalNodes
      totalEdges
      nodes { id label kind community degree centrality mentions }
      edges { id source target type polarity directed weight firstSeen lastSeen }
    }
  }
`);

/** The whole graph: the app lays it out once and filters it client-side, so positions stay put. */
export async function fetchGraph(signal?: AbortSignal): Promise<GraphViewData> {
  const data = await gql(GRAPH_QUERY, {}, { signal });
  return data.graph;
}

export const DATED_EDGES_QUERY = graphql(`
  query DatedEdges($since: DateTime, $until: DateTime) {
    graph(filter: { since: $since, until: $until, hideIsolated: false }) { edges { id weight } }
  }
`);

/**
 * The relations with evidence dated within [since, until], each with the number of documents that
 * report it within those dates: the API's own reading of a date range, which its GEXF export uses too.
 */
export async function fetchDatedEdges(
  since: string | null,
  until: string | null,
  signal?: AbortSignal,
): Promise<DatedEdges> {
  const data = await gql(DATED_EDGES_QUERY, { since, until }, { signal });
  return new Map(data.graph.edges.map((edge) => [edge.id, edge.weight]));
}

export const SEARCH_QUERY = graphql(`
  query SearchActors($search: String!, $first: Int) {
    actors(search: $search, first: $first) {
      nodes { ...ActorRef }
      totalCount
    }
  }
`);

export async function searchActors(search: string, signal?: AbortSignal, first = 8): Promise<ActorRef[]> {
  const data = await gql(SEARCH_QUERY, { search, first }, { signal });
  return data.actors.nodes;
}

/** Thrown when the API answers with a NotFoundError value. */
export class NotFound extends Error {
  constructor(readonly id: string) {
    super(`Nothing found for “${id}”.`);
    this.name = 'NotFound';
  }
}

export const ACTOR_QUERY = graphql(`
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
        affiliation { ...ActorRef }
        relations { ...RelationFields }
      }
      ... on NotFoundError { message code id }
    }
  }
`);

/** An actor and its relations, read within `filter` (the map's) when one is given. */
export async function fetchActor(
  id: string,
  signal?: AbortSignal,
  filter: GraphFilterInput | null = null,
): Promise<ActorDetail> {
  const { actor } = await gql(ACTOR_QUERY, { id, filter }, { signal });
  if (actor.__typename !== 'Actor') throw new NotFound(id);
  return actor;
}

export const RELATION_QUERY = graphql(`
  query Relation($id: ID!, $filter: GraphFilter) {
    relation(id: $id, filter: $filter) {
      __typename
      ... on Relation { ...RelationFields }
      ... on NotFoundError { message code id }
    }
  }
`);

/** A relation and its evidence within `filter` (a relation the filter leaves out comes with none). */
export async function fetchRelation(
  id: string,
  signal?: AbortSignal,
  filter: GraphFilterInput | null = null,
): Promise<RelationData> {
  const { relation } = await gql(RELATION_QUERY, { id, filter }, { signal });
  if (relation.__typename !== 'Relation') throw new NotFound(id);
  return relation;
}

export const RELATIONSHIP_QUERY = graphql(`
  query Relationship($a: ID!, $b: ID!, $rollup: Boolean, $filter: GraphFilter) {
    relationship(a: $a, b: $b, rollup: $rollup, filter: $filter) {
      __typename
      ... on Relationship {
        ...RankedPair
        relations { ...RelationFields }
        mediators { mediator { ...ActorRef } evidence }
      }
      ... on NotFoundError { message code id }
    }
  }
`);

/**
 * How `a` and `b` relate; with `rollup`, the relations of the people who represent them count too
 * (their relations then come back among the pair's, with the people as ends).
 */
export async function fetchRelationship(
  a: string,
  b: string,
  options: { rollup?: boolean; signal?: AbortSignal; filter?: GraphFilterInput | null } = {},
): Promise<RelationshipData> {
  const { relationship } = await gql(
    RELATIONSHIP_QUERY,
    { a, b, rollup: options.rollup ?? false, filter: options.filter ?? null },
    { signal: options.signal },
  );
  if (relationship.__typename !== 'Relationship') throw new NotFound(relationship.id ?? `${a}, ${b}`);
  return relationship;
}

// Error members differ per union, and GraphQL rejects spreads on members a union cannot hold.
graphql(`
  fragment IngestOutcome on IngestResult {
    __typename
    ... on IngestSuccess {
      created
      document { ...DocumentRef }
      relations { id type }
      added { id }
      strengthened { id }
      actors { id name }
    }
    ... on InvalidInputError { message code field }
    ... on TooLargeError { message code limit actual field }
    ... on UserError { message code }
  }
`);

export const INGEST_MUTATION = graphql(`
  mutation Ingest($input: ArticleInput!) {
    ingestArticle(input: $input) { ...IngestOutcome }
  }
`);

export async function ingestArticle(input: IngestInput): Promise<IngestResultData> {
  const data = await gql(INGEST_MUTATION, { input });
  return data.ingestArticle;
}

export const EVIDENCE_TIMELINE_QUERY = graphql(`
  query EvidenceTimeline($filter: GraphFilter) {
    evidenceTimeline(filter: $filter) {
      first
      last
      undated
      days { date alignment engagement hostility role }
    }
  }
`);

/** Evidence per day by kind of tie over the relations `filter` keeps (its dates aside): the histogram under the map. */
export async function fetchEvidenceTimeline(
  filter: GraphFilterInput | null,
  signal?: AbortSignal,
): Promise<EvidenceTimelineData> {
  const data = await gql(EVIDENCE_TIMELINE_QUERY, { filter }, { signal });
  return data.evidenceTimeline;
}

export const SOURCES_QUERY = graphql(`
  query Sources {
    documents(first: 500) {
      totalCount
      nodes { source publishedAt }
    }
  }
`);

/** Where the graph's articles come from: their outlets and publication dates (the first 500 articles). */
export async function fetchSources(signal?: AbortSignal): Promise<{
  totalCount: number;
  documents: { source: string | null; publishedAt: string | null }[];
}> {
  const data = await gql(SOURCES_QUERY, {}, { signal });
  return { totalCount: data.documents.totalCount, documents: data.documents.nodes };
}
