/**
 * The stored articles: a page of the list, one article with its text and relations, and removal. Typed
 * documents generated from schema.graphql (`pnpm codegen`), like every other query of the app.
 */
import { gql } from './client';
import { graphql } from './gql';
import type { DocumentQuery, DocumentsQuery } from './gql/graphql';
import { NotFound } from './queries';

export const DOCUMENTS_QUERY = graphql(`
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
`);

export type DocumentListItem = DocumentsQuery['documents']['nodes'][number];

export interface DocumentPage {
  items: DocumentListItem[];
  total: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export async function fetchDocuments(
  after: string | null,
  signal?: AbortSignal,
  first = 50,
): Promise<DocumentPage> {
  const { documents } = await gql(DOCUMENTS_QUERY, { first, after }, { signal });
  return {
    items: documents.nodes,
    total: documents.totalCount,
    endCursor: documents.pageInfo.endCursor ?? null,
    hasNextPage: documents.pageInfo.hasNextPage,
  };
}

export const DOCUMENT_QUERY = graphql(`
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
`);

export type DocumentDetail = Extract<DocumentQuery['document'], { __typename: 'Document' }>;
/** A relation the article gave, with the evidence that places it in the text. */
export type DocumentRelation = DocumentDetail['relations'][number];
export type DocumentEvidence = DocumentRelation['evidence'][number];

export async function fetchDocument(id: string, signal?: AbortSignal): Promise<DocumentDetail> {
  const { document } = await gql(DOCUMENT_QUERY, { id }, { signal });
  if (document.__typename !== 'Document') throw new NotFound(id);
  return document;
}

export const REMOVE_DOCUMENT_MUTATION = graphql(`
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
`);

/** Remove an article and every relation only it supported (needs the API token on servers that have one). */
export async function removeDocument(id: string): Promise<{ removedRelations: number }> {
  const { removeDocument: result } = await gql(REMOVE_DOCUMENT_MUTATION, { id });
  if (result.__typename !== 'RemoveSuccess') throw new Error(result.message);
  return { removedRelations: result.removedRelations };
}
