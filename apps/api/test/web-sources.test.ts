import {
  ANKARA_TALKS,
  bodyText,
  dispatch,
  FixtureServer,
  newsPage,
  rssFeed,
  VIENNA_MEETING,
} from '@entente/sources/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers.js';
import { subscribe } from './sse.js';

const pages = new FixtureServer();
let api: TestServer;
const savedSetting = process.env.ENTENTE_FETCH_ALLOW_PRIVATE;

beforeAll(async () => {
  process.env.ENTENTE_FETCH_ALLOW_PRIVATE = '1';
  await pages.start();
  const { origin } = pages;
  pages.routes.set('/world/ankara-talks', { body: newsPage(ANKARA_TALKS, origin) });
  // The same wire story on another outlet's site: other furniture, same text.
  pages.routes.set('/wire/ankara', {
    body: newsPage({ ...ANKARA_TALKS, slug: 'wire-ankara', outlet: 'Harbour Times' }, origin),
  });
  pages.routes.set('/world/vienna-meeting', { body: newsPage(VIENNA_MEETING, origin) });
  // The extraction budget guards servers from hostile input, not tests from a busy shared machine.
  api = await startTestServer({
    seedCorpus: null,
    feedPollIntervalMs: 300,
    feedHostIntervalMs: 0,
    extractionTimeoutMs: 60_000,
  });
});

afterAll(async () => {
  await api.dispose();
  await pages.stop();
  if (savedSetting === undefined) delete process.env.ENTENTE_FETCH_ALLOW_PRIVATE;
  else process.env.ENTENTE_FETCH_ALLOW_PRIVATE = savedSetting;
});

const INGEST_URL = `mutation($url: String!) {
  ingestUrl(url: $url) {
    __typename
    ... on IngestSuccess {
      created
      document { id title source url publishedAt text sources { url outlet } }
      relations { id type }
    }
    ... on FetchError { code reason url status message }
  }
}`;

interface IngestUrlData {
  ingestUrl: {
    __typename: string;
    created?: boolean;
    document?: {
      id: string;
      title: string;
      source: string;
      url: string;
      publishedAt: string;
      text: string;
      sources: { url: string; outlet: string }[];
    };
    relations?: { id: string; type: string }[];
    reason?: string;
    status?: number;
    message?: string;
  };
}

describe('ingestUrl', () => {
  it('reads the page and ingests its article, with title, outlet, date and canonical URL', async () => {
    const response = await api.gql<IngestUrlData>(INGEST_URL, {
      url: `${pages.origin}/world/ankara-talks?utm_source=x`,
    });
    const result = response.data!.ingestUrl;
    expect(result.__typename).toBe('IngestSuccess');
    expect(result.created).toBe(true);
    expect(result.document).toMatchObject({
      title: ANKARA_TALKS.title,
      source: ANKARA_TALKS.outlet,
      url: `${pages.origin}/world/ankara-talks`,
      publishedAt: ANKARA_TALKS.publishedAt,
      text: bodyText(ANKARA_TALKS),
    });
    expect(result.relations!.map((relation) => relation.type)).toEqual(
      expect.arrayContaining(['hosts', 'opposes']),
    );
  });

  it('keeps one document for the same story from a second outlet, with both sources', async () => {
    const again = (await api.gql<IngestUrlData>(INGEST_URL, { url: `${pages.origin}/world/ankara-talks` }))
      .data!.ingestUrl;
    expect(again.created).toBe(false);
    const wire = (await api.gql<IngestUrlData>(INGEST_URL, { url: `${pages.origin}/wire/ankara` })).data!
      .ingestUrl;
    expect(wire.created).toBe(false);
    expect(wire.document!.id).toBe(again.document!.id);
    expect(wire.document!.sources).toEqual([
      { url: `${pages.origin}/world/ankara-talks`, outlet: 'The Meridian Ledger' },
      { url: `${pages.origin}/world/wire-ankara`, outlet: 'Harbour Times' },
    ]);
  });

  it('answers a 404 and a refused address with a FetchError, storing nothing', async () => {
    const before = (await api.gql<{ stats: { documents: number } }>('{ stats { documents } }')).data!.stats
      .documents;
    const missing = (await api.gql<IngestUrlData>(INGEST_URL, { url: `${pages.origin}/nowhere` })).data!
      .ingestUrl;
    expect(missing).toMatchObject({ __typename: 'FetchError', reason: 'HTTP_STATUS', status: 404 });
    process.env.ENTENTE_FETCH_ALLOW_PRIVATE = '0';
    try {
      const refused = (
        await api.gql<IngestUrlData>(INGEST_URL, { url: `${pages.origin}/world/vienna-meeting` })
      ).data!.ingestUrl;
      expect(refused).toMatchObject({ __typename: 'FetchError', reason: 'BLOCKED_ADDRESS' });
      expect(refused.message).toContain('127.0.0.1');
    } finally {
      process.env.ENTENTE_FETCH_ALLOW_PRIVATE = '1';
    }
    const after = (await api.gql<{ stats: { documents: number } }>('{ stats { documents } }')).data!.stats
      .documents;
    expect(after).toBe(before);
  });

  it('previews a page without storing it', async () => {
    const response = await api.gql<{ previewUrl: Record<string, unknown> }>(
      `mutation($url: String!) { previewUrl(url: $url) {
        __typename ... on UrlPreview { title outlet author publishedAt canonicalUrl text existingDocument { id } }
      } }`,
      { url: `${pages.origin}/world/vienna-meeting` },
    );
    expect(response.data!.previewUrl).toMatchObject({
      __typename: 'UrlPreview',
      title: VIENNA_MEETING.title,
      author: VIENNA_MEETING.author,
      publishedAt: '2025-11-20',
      text: bodyText(VIENNA_MEETING),
      existingDocument: null,
    });
    const documents = await api.gql<{ documents: { nodes: { title: string }[] } }>(
      '{ documents { nodes { title } } }',
    );
    expect(documents.data!.documents.nodes.map((node) => node.title)).not.toContain(VIENNA_MEETING.title);
  });
});

describe('feeds and live updates', () => {
  it('follows a feed: an item published while a client listens reaches it over SSE', async () => {
    const items = [{ article: dispatch(1), path: '/d/1' }];
    const setFeed = () =>
      pages.routes.set('/live.rss', {
        headers: { 'content-type': 'application/rss+xml' },
        body: rssFeed(pages.origin, items, { fullContent: true }),
      });
    setFeed();
    const events = await subscribe(api.url, 'subscription { documentAdded { id title } }');
    const relations = await subscribe(
      api.url,
      'subscription { relationChanged { id change created relation { type } } }',
    );
    try {
      const added = await api.gql<{ addFeed: { __typename: string; id: string; url: string } }>(
        'mutation($url: String!) { addFeed(url: $url) { __typename ... on Feed { id url } } }',
        { url: `${pages.origin}/live.rss` },
      );
      expect(added.data!.addFeed.__typename).toBe('Feed');
      const first = await events.next(5000);
      expect(first).toEqual({
        data: { documentAdded: { id: expect.any(String), title: dispatch(1).title } },
      });
      const change = (await relations.next(5000)) as { data: { relationChanged: { change: string } } };
      expect(change.data.relationChanged.change).toBe('REPORTED');

      const published = Date.now();
      items.push({ article: dispatch(2), path: '/d/2' });
      setFeed();
      const second = await events.next(5000);
      expect(second).toEqual({
        data: { documentAdded: { id: expect.any(String), title: dispatch(2).title } },
      });
      expect(Date.now() - published).toBeLessThan(5000);

      const feeds = await api.gql<{
        feeds: { id: string; items: number; documents: number; lastError: string | null }[];
      }>('{ feeds { id title items documents lastError lastPolledAt } }');
      expect(feeds.data!.feeds).toEqual([
        expect.objectContaining({ id: added.data!.addFeed.id, items: 2, documents: 2, lastError: null }),
      ]);
      const removed = await api.gql<{ removeFeed: { __typename: string } }>(
        'mutation($id: ID!) { removeFeed(id: $id) { __typename } }',
        { id: added.data!.addFeed.id },
      );
      expect(removed.data!.removeFeed.__typename).toBe('RemoveFeedSuccess');
      expect((await api.gql<{ feeds: unknown[] }>('{ feeds { id } }')).data!.feeds).toEqual([]);
    } finally {
      events.close();
      relations.close();
    }
  });

  it('tells a subscriber how a pair stands each time a relation between them changes', async () => {
    const article = dispatch(3);
    pages.routes.set('/world/dispatch-3', { body: newsPage(article, pages.origin) });
    // dispatch(3): Jordan hosts Saudi Arabia (gazetteer ids jordan, saudi-arabia).
    const watch = await subscribe(
      api.url,
      'subscription($a: ID!, $b: ID!) { relationshipChanged(a: $a, b: $b) { a { id } b { id } label engagement { relations } } }',
      { a: 'jordan', b: 'saudi-arabia' },
    );
    try {
      const ingested = (await api.gql<IngestUrlData>(INGEST_URL, { url: `${pages.origin}/world/dispatch-3` }))
        .data!.ingestUrl;
      expect(ingested.__typename).toBe('IngestSuccess');
      const event = (await watch.next(10_000)) as {
        data: { relationshipChanged: { a: { id: string }; b: { id: string }; label: string } };
      };
      expect(event.data.relationshipChanged).toMatchObject({
        a: { id: 'jordan' },
        b: { id: 'saudi-arabia' },
      });
      expect(event.data.relationshipChanged.label).not.toBe('none');
    } finally {
      watch.close();
    }
  });

  it('records why a feed fails, and that it is not a feed', async () => {
    const added = await api.gql<{ addFeed: { id: string } }>(
      'mutation($url: String!) { addFeed(url: $url) { ... on Feed { id } } }',
      {
        url: `${pages.origin}/world/vienna-meeting`,
      },
    );
    const polled = await api.gql<{
      pollFeed: { failed: number; feed: { lastError: string; failures: number } };
    }>(
      'mutation($id: ID!) { pollFeed(id: $id) { ... on PollFeedSuccess { failed feed { lastError failures } } } }',
      { id: added.data!.addFeed.id },
    );
    expect(polled.data!.pollFeed.feed.lastError).toMatch(/is not an RSS or Atom feed/);
    expect(polled.data!.pollFeed.feed.failures).toBeGreaterThanOrEqual(1);
    await api.gql('mutation($id: ID!) { removeFeed(id: $id) { __typename } }', {
      id: added.data!.addFeed.id,
    });
  });
});
