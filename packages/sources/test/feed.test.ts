import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentHash,
  fetchFeed,
  HostRateLimiter,
  nextPollDelay,
  parseFeedDocument,
  readFeedItem,
  SourceError,
} from '../src/index.js';
import {
  ANKARA_TALKS,
  atomFeed,
  bodyText,
  newsPage,
  rssFeed,
  VIENNA_MEETING,
} from '../src/testing/articles.js';
import { FixtureServer } from '../src/testing/fixture-server.js';

const server = new FixtureServer();
const fetchOptions = { allowPrivate: true };

beforeAll(async () => {
  await server.start();
  const { origin } = server;
  const items = [
    { article: ANKARA_TALKS, path: '/world/ankara-talks' },
    { article: VIENNA_MEETING, path: '/world/vienna-meeting' },
  ];
  server.routes.set('/world/ankara-talks', { body: newsPage(ANKARA_TALKS, origin) });
  server.routes.set('/world/vienna-meeting', { body: newsPage(VIENNA_MEETING, origin) });
  server.routes.set('/full.rss', {
    headers: { 'content-type': 'application/rss+xml' },
    body: rssFeed(origin, items, { fullContent: true }),
    etag: '"full-1"',
  });
  server.routes.set('/teasers.rss', {
    headers: { 'content-type': 'application/rss+xml', 'last-modified': 'Thu, 20 Nov 2025 10:00:00 GMT' },
    body: rssFeed(origin, items, { fullContent: false }),
  });
  server.routes.set('/atom.xml', {
    headers: { 'content-type': 'application/atom+xml' },
    body: atomFeed(origin, items),
  });
  server.routes.set('/not-a-feed', { body: '<html><body><p>Hello</p></body></html>' });
  server.routes.set('/busy.rss', { status: 503, headers: { 'retry-after': '120' } });
});
afterAll(() => server.stop());

describe('feeds', () => {
  it('reads an RSS feed that carries full content, without fetching the pages', async () => {
    const outcome = await fetchFeed({ url: `${server.origin}/full.rss` }, fetchOptions);
    if (outcome.notModified) throw new Error('expected a body');
    expect(outcome.etag).toBe('"full-1"');
    expect(outcome.feed.format).toBe('rss');
    expect(outcome.feed.title).toBe('The Meridian Ledger — World');
    const [first] = outcome.feed.items;
    expect(first).toMatchObject({
      id: `${server.origin}/world/ankara-talks`,
      url: `${server.origin}/world/ankara-talks`,
      title: ANKARA_TALKS.title,
      author: ANKARA_TALKS.author,
      publishedAt: ANKARA_TALKS.publishedAt,
    });
    const pagesBefore = server.requestsTo('/world/ankara-talks').length;
    const article = await readFeedItem(first!, outcome.feed, fetchOptions);
    // The caption inside content:encoded is furniture, as on pages.
    expect(article.text).toBe(bodyText(ANKARA_TALKS));
    expect(article.outlet).toBe('The Meridian Ledger — World');
    expect(server.requestsTo('/world/ankara-talks').length).toBe(pagesBefore);
  });

  it('reads the linked page for an RSS item that only has a teaser', async () => {
    const outcome = await fetchFeed({ url: `${server.origin}/teasers.rss` }, fetchOptions);
    if (outcome.notModified) throw new Error('expected a body');
    const item = outcome.feed.items[1]!;
    expect(item.content).toBeUndefined();
    expect(item.summary).toMatch(/^Iranian Foreign Minister/);
    const article = await readFeedItem(item, outcome.feed, fetchOptions);
    expect(article.text).toBe(bodyText(VIENNA_MEETING));
    expect(article.outlet).toBe('The Meridian Ledger');
    expect(article.canonicalUrl).toBe(`${server.origin}/world/vienna-meeting`);
  });

  it('reads an Atom feed', async () => {
    const outcome = await fetchFeed({ url: `${server.origin}/atom.xml` }, fetchOptions);
    if (outcome.notModified) throw new Error('expected a body');
    expect(outcome.feed.format).toBe('atom');
    expect(outcome.feed.link).toBe(`${server.origin}/`);
    expect(outcome.feed.items.map((item) => item.id)).toEqual([
      'tag:meridian.example,2025:ankara-talks',
      'tag:meridian.example,2025:vienna-meeting',
    ]);
    expect(outcome.feed.items[1]).toMatchObject({
      url: `${server.origin}/world/vienna-meeting`,
      author: 'Jonas Reiter',
    });
    expect(outcome.feed.items[0]!.content).toBe(bodyText(ANKARA_TALKS));
  });

  it('asks conditionally (ETag, Last-Modified) and is told nothing changed', async () => {
    await expect(
      fetchFeed({ url: `${server.origin}/full.rss`, etag: '"full-1"' }, fetchOptions),
    ).resolves.toEqual({
      notModified: true,
      etag: '"full-1"',
    });
    expect(server.requestsTo('/full.rss').at(-1)!.headers['if-none-match']).toBe('"full-1"');
    await fetchFeed(
      { url: `${server.origin}/teasers.rss`, lastModified: 'Thu, 20 Nov 2025 10:00:00 GMT' },
      fetchOptions,
    );
    expect(server.requestsTo('/teasers.rss').at(-1)!.headers['if-modified-since']).toBe(
      'Thu, 20 Nov 2025 10:00:00 GMT',
    );
  });

  it('says clearly when a URL is not a feed, and passes on Retry-After', async () => {
    await expect(fetchFeed({ url: `${server.origin}/not-a-feed` }, fetchOptions)).rejects.toMatchObject({
      code: 'NOT_A_FEED',
    });
    const error = await fetchFeed({ url: `${server.origin}/busy.rss` }, fetchOptions).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'HTTP_STATUS', status: 503, retryAfter: 120 });
  });

  it('parses RSS 1.0 (RDF) too', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.example/"><title>RDF news</title><link>https://news.example/</link><description>d</description></channel>
<item rdf:about="https://news.example/a"><title>A</title><link>https://news.example/a</link><dc:date>2025-11-20T08:00:00Z</dc:date></item>
</rdf:RDF>`;
    const feed = parseFeedDocument(rdf, 'https://news.example/feed.rdf');
    expect(feed.format).toBe('rdf');
    expect(feed.items).toEqual([
      {
        id: 'https://news.example/a',
        url: 'https://news.example/a',
        title: 'A',
        publishedAt: '2025-11-20T08:00:00.000Z',
      },
    ]);
  });
});

describe('politeness', () => {
  it('spaces requests to one host and lets other hosts through at once', async () => {
    let clock = 0;
    const limiter = new HostRateLimiter(1000, () => clock);
    const started: string[] = [];
    const order = ['https://a.example/1', 'https://a.example/2', 'https://b.example/1'].map((url) =>
      limiter.acquire(url).then(() => started.push(url)),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started).toEqual(['https://a.example/1', 'https://b.example/1']);
    clock = 1000;
    await Promise.all(order);
    expect(started).toContain('https://a.example/2');
  });

  it('backs off after failures, doubling up to a ceiling, and honours Retry-After', () => {
    const schedule = { intervalMs: 60_000, maxBackoffMs: 3600_000 };
    expect(nextPollDelay(0, undefined, schedule)).toBe(60_000);
    expect(nextPollDelay(1, new Error('x'), schedule)).toBe(120_000);
    expect(nextPollDelay(3, new Error('x'), schedule)).toBe(480_000);
    expect(nextPollDelay(10, new Error('x'), schedule)).toBe(3600_000);
    const busy = new SourceError('HTTP_STATUS', 'u', '503', { status: 503, retryAfter: 900 });
    expect(nextPollDelay(1, busy, schedule)).toBe(900_000);
  });
});

describe('contentHash', () => {
  it('is the same for a wire story republished with other quotes, dashes, case and spacing', () => {
    const original = 'Fidan said: “We support Cairo’s plan” – officials  agreed.';
    const republished = 'FIDAN said: "We support Cairo\'s plan" - officials agreed.\n';
    expect(contentHash(republished)).toBe(contentHash(original));
    expect(contentHash('Fidan said: “We oppose Cairo’s plan”')).not.toBe(contentHash(original));
  });
});
