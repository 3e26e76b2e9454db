/** Pages and feeds: reading an article from a URL, and the feeds the server follows. */
import { gql } from './client';
import { graphql } from './gql';
import type { FeedFieldsFragment, PreviewUrlMutation } from './gql/graphql';
import type { IngestResultData, UserErrorData } from './types';

export type PreviewResultData = PreviewUrlMutation['previewUrl'];
export type UrlPreviewData = Extract<PreviewResultData, { __typename: 'UrlPreview' }>;
export type FeedData = FeedFieldsFragment;

const PREVIEW_URL = graphql(`
  mutation PreviewUrl($url: String!) {
    previewUrl(url: $url) {
      __typename
      ... on UrlPreview {
        url
        canonicalUrl
        title
        outlet
        author
        publishedAt
        text
        existingDocument { id title }
      }
      ... on FetchError { message code reason url status }
    }
  }
`);

export async function previewUrl(url: string): Promise<PreviewResultData> {
  const data = await gql(PREVIEW_URL, { url });
  return data.previewUrl;
}

const INGEST_URL = graphql(`
  mutation IngestUrl($url: String!) {
    ingestUrl(url: $url) {
      ...IngestOutcome
      ... on FetchError { reason url status }
    }
  }
`);

export async function ingestUrl(url: string): Promise<IngestResultData> {
  const data = await gql(INGEST_URL, { url });
  return data.ingestUrl;
}

graphql(`
  fragment FeedFields on Feed {
    id
    url
    title
    addedAt
    lastPolledAt
    lastSuccessAt
    lastError
    failures
    nextPollAt
    items
    documents
  }
`);

const FEEDS = graphql(`
  query Feeds {
    feeds { ...FeedFields }
  }
`);

export async function fetchFeeds(signal?: AbortSignal): Promise<FeedData[]> {
  return (await gql(FEEDS, {}, signal ? { signal } : {})).feeds;
}

const ADD_FEED = graphql(`
  mutation AddFeed($url: String!) {
    addFeed(url: $url) {
      __typename
      ... on Feed { ...FeedFields }
      ... on FetchError { message code reason url status }
    }
  }
`);

export async function addFeed(url: string): Promise<FeedData | UserErrorData> {
  const data = await gql(ADD_FEED, { url });
  return data.addFeed;
}

const REMOVE_FEED = graphql(`
  mutation RemoveFeed($id: ID!) {
    removeFeed(id: $id) { __typename }
  }
`);

export async function removeFeed(id: string): Promise<void> {
  await gql(REMOVE_FEED, { id });
}
