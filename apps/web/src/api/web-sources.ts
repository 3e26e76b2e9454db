/** Pages and feeds: reading an article from a URL, and the feeds the server follows. */
import { gql } from './client';
import type { IngestResultData, UserErrorData } from './types';

const DOCUMENT_REF = 'id title source url publishedAt';
const FETCH_ERROR = '... on FetchError { message code reason url status }';

export interface UrlPreviewData {
  __typename: 'UrlPreview';
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  text: string;
  existingDocument: { id: string; title: string | null } | null;
}

export type PreviewResultData = UrlPreviewData | UserErrorData;

export async function previewUrl(url: string): Promise<PreviewResultData> {
  const data = await gql<{ previewUrl: PreviewResultData }>(
    `mutation PreviewUrl($url: String!) {
      previewUrl(url: $url) {
        __typename
        ... on UrlPreview { url canonicalUrl title outlet author publishedAt text existingDocument { id title } }
        ${FETCH_ERROR}
      }
    }`,
    { url },
  );
  return data.previewUrl;
}

export async function ingestUrl(url: string): Promise<IngestResultData> {
  const data = await gql<{ ingestUrl: IngestResultData }>(
    `mutation IngestUrl($url: String!) {
      ingestUrl(url: $url) {
        __typename
        ... on IngestSuccess { created document { ${DOCUMENT_REF} } relations { id type } }
        ${FETCH_ERROR}
        ... on UserError { message code }
      }
    }`,
    { url },
  );
  return data.ingestUrl;
}

export interface FeedData {
  id: string;
  url: string;
  title: string | null;
  addedAt: string;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  failures: number;
  nextPollAt: string | null;
  items: number;
  documents: number;
}

const FEED_FIELDS =
  'id url title addedAt lastPolledAt lastSuccessAt lastError failures nextPollAt items documents';

export async function fetchFeeds(signal?: AbortSignal): Promise<FeedData[]> {
  return (
    await gql<{ feeds: FeedData[] }>(`query Feeds { feeds { ${FEED_FIELDS} } }`, {}, signal ? { signal } : {})
  ).feeds;
}

export async function addFeed(url: string): Promise<FeedData | UserErrorData> {
  const data = await gql<{ addFeed: (FeedData & { __typename: 'Feed' }) | UserErrorData }>(
    `mutation AddFeed($url: String!) { addFeed(url: $url) { __typename ... on Feed { ${FEED_FIELDS} } ${FETCH_ERROR} } }`,
    { url },
  );
  return data.addFeed;
}

export async function removeFeed(id: string): Promise<void> {
  await gql(`mutation RemoveFeed($id: ID!) { removeFeed(id: $id) { __typename } }`, { id });
}
