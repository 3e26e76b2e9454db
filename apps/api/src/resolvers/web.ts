import { contentHash, normalizeUrl, parseHttpUrl, SourceError } from '@entente/sources';
import { createGraphQLError } from 'graphql-yoga';
import { inGraph, newToGraph, relationshipBetween } from '../service/graph-reads.js';
import type { LiveEvent } from '../service/live-events.js';
import type { WebSources } from '../service/web-sources.js';
import type { ApiContext } from './context.js';
import { notFound, writeErrorValue } from './errors.js';
import type {
  DocumentSourceResolvers,
  FeedResolvers,
  MutationResolvers,
  QueryResolvers,
  SubscriptionResolvers,
} from './resolvers.generated.js';

/** The schema's `FetchError` value for a page or feed that could not be read. */
export interface FetchErrorValue {
  __typename: 'FetchError';
  code: 'FETCH_ERROR';
  message: string;
  reason: SourceError['code'];
  url: string;
  status?: number;
}

function fetchErrorValue(error: SourceError): FetchErrorValue {
  const value: FetchErrorValue = {
    __typename: 'FetchError',
    code: 'FETCH_ERROR',
    message: error.message,
    reason: error.code,
    url: error.url,
  };
  if (error.status !== undefined) value.status = error.status;
  return value;
}

/** Runs a read of the web, answering a page or feed that cannot be read as a value. */
async function asFetchResult<T>(run: () => Promise<T>) {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SourceError) return fetchErrorValue(error);
    throw error;
  }
}

/** Runs a write, answering the failures a client can act on as values. */
async function asResult<T>(run: () => Promise<T>) {
  try {
    return await asFetchResult(run);
  } catch (error) {
    const value = writeErrorValue(error);
    if (value) return value;
    throw error;
  }
}

/** The web side of the API, or a clear error where the database has no FeedStore yet. */
function webOf(context: ApiContext): WebSources {
  if (!context.web)
    throw createGraphQLError(
      'Reading pages and following feeds needs a database with a feed store (SQLite); this server runs without one.',
      { extensions: { code: 'UNAVAILABLE' } },
    );
  return context.web;
}

export const WebQuery: Pick<QueryResolvers, 'feeds'> = {
  feeds: (_, __, context) => webOf(context).feeds.listFeeds(),
};

export const WebMutation: Pick<
  MutationResolvers,
  'ingestUrl' | 'previewUrl' | 'addFeed' | 'removeFeed' | 'pollFeed'
> = {
  ingestUrl: (_, { url }, context) =>
    asResult(async () => {
      const outcome = await webOf(context).ingester.ingestUrl(url);
      return { __typename: 'IngestSuccess' as const, ...outcome };
    }),

  // Previews and feeds store nothing: only the web can fail them as a value (their unions hold FetchError).
  previewUrl: (_, { url }, context) =>
    asFetchResult(async () => {
      const web = webOf(context);
      const article = await web.ingester.preview(url);
      const existing = await web.feeds.documentByContentHash(contentHash(article.text));
      return {
        __typename: 'UrlPreview' as const,
        ...article,
        existingDocument: existing ? (context.service.document(existing) ?? null) : null,
      };
    }),

  addFeed: (_, { url }, context) =>
    asFetchResult(async () => {
      const web = webOf(context);
      parseHttpUrl(url);
      const { feed } = await web.feeds.addFeed(normalizeUrl(url), new Date().toISOString());
      // The first poll runs in the background: a feed of many teaser items takes a while to read politely.
      void web.follower
        .poll(feed)
        .catch((error: unknown) => console.error('entente: feed poll failed', error));
      return { __typename: 'Feed' as const, ...feed };
    }),

  removeFeed: async (_, { id }, context) =>
    (await webOf(context).feeds.removeFeed(id))
      ? { __typename: 'RemoveFeedSuccess' as const, id }
      : notFound('feed', id),

  pollFeed: async (_, { id }, context) => {
    const web = webOf(context);
    const feed = await web.feeds.getFeed(id);
    if (!feed) return notFound('feed', id);
    const summary = await web.follower.poll(feed);
    return { __typename: 'PollFeedSuccess' as const, ...summary };
  },
};

/** Events of the live stream, narrowed and shaped for one subscription field. */
async function* select<T>(events: AsyncIterableIterator<LiveEvent>, pick: (event: LiveEvent) => T[]) {
  try {
    for await (const event of events) for (const value of pick(event)) yield value;
  } finally {
    await events.return?.();
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** A relation key is source|type|target. */
function endsOf(key: string): [string, string] {
  const parts = key.split('|');
  return [parts[0] ?? '', parts.at(-1) ?? ''];
}

export const Subscription: SubscriptionResolvers = {
  documentAdded: {
    subscribe: (_, __, { live, service }) =>
      select(live.subscribe(), (event) => {
        if (event.type !== 'graph' || event.change.kind !== 'documentAdded') return [];
        const document = service.document(event.change.documentId);
        return document ? [{ documentAdded: document }] : [];
      }),
  },
  relationChanged: {
    subscribe: (_, __, { live, service }) =>
      select(live.subscribe(), (event) => {
        if (event.type !== 'graph') return [];
        const { change } = event;
        return change.relations.map((id) => {
          const relation = service.relation(id) ?? null;
          return {
            relationChanged: {
              id,
              change: change.kind === 'documentAdded' ? ('REPORTED' as const) : ('RETRACTED' as const),
              created: change.kind === 'documentAdded' && newToGraph(service, id),
              relation,
              documentId: change.documentId,
            },
          };
        });
      }),
  },
  relationshipChanged: {
    subscribe: (_, { a, b }, context) => {
      const wanted = pairKey(a, b);
      return select(context.live.subscribe(), (event) => {
        if (event.type !== 'graph') return [];
        // One answer per change, however many of the pair's relations it touched.
        if (!event.change.relations.some((key) => pairKey(...endsOf(key)) === wanted)) return [];
        if (!inGraph(context.service, a) || !inGraph(context.service, b)) return [];
        return [{ relationshipChanged: relationshipBetween(context.service, a, b, false, undefined) }];
      });
    },
  },
  feedPolled: {
    subscribe: (_, __, { live }) =>
      select(live.subscribe(), (event) => (event.type === 'feed' ? [{ feedPolled: event.feed }] : [])),
  },
};

export const Feed: FeedResolvers = {
  items: (feed) => feed.itemCount,
  documents: (feed) => feed.documentCount,
};

export const DocumentSourceType: DocumentSourceResolvers = {
  feed: async (source, _, { web }) =>
    source.feedId && web ? ((await web.feeds.getFeed(source.feedId)) ?? null) : null,
};
