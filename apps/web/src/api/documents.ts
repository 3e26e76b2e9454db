/** The stored articles: a page of the list, one article with its text and relations, and removal. */
import type { Polarity, RelationType } from '@entente/core/ontology';
import { gql } from './client';
import { NotFound } from './queries';
import type { ActorRef, UserErrorData } from './types';

const ACTOR_REF = 'id name kind';

export interface DocumentListItem {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  relations: { id: string }[];
}

export interface DocumentPage {
  items: DocumentListItem[];
  total: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export const DOCUMENTS_QUERY = `query Documents($first: Int, $after: String) {
  documents(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id title source url publishedAt ingestedAt relations { id } }
  }
}`;

export async function fetchDocuments(
  after: string | null,
  signal?: AbortSignal,
  first = 50,
): Promise<DocumentPage> {
  const data = await gql<{
    documents: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: DocumentListItem[];
    };
  }>(DOCUMENTS_QUERY, { first, after }, { signal });
  const { documents } = data;
  return {
    items: documents.nodes,
    total: documents.totalCount,
    endCursor: documents.pageInfo.endCursor,
    hasNextPage: documents.pageInfo.hasNextPage,
  };
}

/** A piece of evidence the article gave a relation: where it stands in the text. */
export interface DocumentEvidence {
  start: number;
  end: number;
  quote: string;
  confidence: number;
  document: { id: string };
}

export interface DocumentRelation {
  id: string;
  type: RelationType;
  polarity: Polarity;
  source: ActorRef;
  target: ActorRef;
  evidence: DocumentEvidence[];
}

export interface DocumentDetail extends Omit<DocumentListItem, 'relations'> {
  text: string;
  relations: DocumentRelation[];
}

export const DOCUMENT_QUERY = `query Document($id: ID!) {
  document(id: $id) {
    __typename
    ... on Document {
      id title source url publishedAt ingestedAt text
      relations {
        id type polarity source { ${ACTOR_REF} } target { ${ACTOR_REF} }
        evidence { start end quote confidence document { id } }
      }
    }
    ... on NotFoundError { message code id }
  }
}`;

export async function fetchDocument(id: string, signal?: AbortSignal): Promise<DocumentDetail> {
  const data = await gql<{ document: (DocumentDetail & { __typename: 'Document' }) | UserErrorData }>(
    DOCUMENT_QUERY,
    { id },
    { signal },
  );
  if (data.document.__typename !== 'Document') throw new NotFound(id);
  return data.document as DocumentDetail;
}

export const REMOVE_DOCUMENT_MUTATION = `mutation RemoveDocument($id: ID!) {
  removeDocument(id: $id) {
    __typename
    ... on RemoveSuccess { id removedRelations }
    ... on NotFoundError { message code id }
    ... on StorageError { message code }
  }
}`;

/** Remove an article and every relation only it supported (needs the API token on servers that have one). */
export async function removeDocument(id: string): Promise<{ removedRelations: number }> {
  const data = await gql<{
    removeDocument: { __typename: 'RemoveSuccess'; removedRelations: number } | UserErrorData;
  }>(REMOVE_DOCUMENT_MUTATION, { id });
  const result = data.removeDocument;
  if (result.__typename !== 'RemoveSuccess') throw new Error((result as UserErrorData).message);
  return { removedRelations: result.removedRelations };
}
