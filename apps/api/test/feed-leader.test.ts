// Several API replicas on one PostgreSQL database share their feeds: one replica polls them (it holds the
// feed-polling lock), so an outlet sees one request per poll whatever the number of replicas, and another
// replica takes over when that one stops.
import { FixtureServer } from '@entente/sources/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, postGraphQL, startTestServer, type TestServer } from './helpers.js';
import { dropDatabases, freshDatabase } from './postgres.js';

const ADD_FEED = `mutation ($url: String!) { addFeed(url: $url) { __typename ... on Feed { id } } }`;
const EMPTY_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Quiet wire</title><link>http://quiet.example/</link><description>Nothing new</description></channel></rss>`;
/** The feed answers slowly, so that a second replica polling it would be caught fetching it at the same time. */
const ANSWER_MS = 250;

const outlet = new FixtureServer();
let inFlight = 0;
let mostAtOnce = 0;
const savedSetting = process.env.ENTENTE_FETCH_ALLOW_PRIVATE;

beforeAll(async () => {
  process.env.ENTENTE_FETCH_ALLOW_PRIVATE = '1';
  await outlet.start();
  outlet.routes.set('/feed.xml', {
    handle: (response) => {
      inFlight += 1;
      mostAtOnce = Math.max(mostAtOnce, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(EMPTY_FEED);
      }, ANSWER_MS);
    },
  });
});

afterAll(async () => {
  await outlet.stop();
  await dropDatabases();
  if (savedSetting === undefined) delete process.env.ENTENTE_FETCH_ALLOW_PRIVATE;
  else process.env.ENTENTE_FETCH_ALLOW_PRIVATE = savedSetting;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function replica(databaseUrl: string): Promise<TestServer> {
  // Due every 100 ms, checked as often: a poll takes longer than that, so a replica that polled without
  // the lock would find the feed due while the other's poll is in flight.
  return startTestServer({ databaseUrl, seedCorpus: null, feedPollIntervalMs: 100, feedHostIntervalMs: 0 });
}

describe('feeds on replicas sharing PostgreSQL', () => {
  it('are polled by one replica at a time, and by another once it stops', { timeout: 60_000 }, async () => {
    const databaseUrl = await freshDatabase();
    const first = await replica(databaseUrl);
    // The first replica's follower ticks at once and takes the lock before the second starts.
    await sleep(300);
    const second = await replica(databaseUrl);
    try {
      const added = dataOf(
        await postGraphQL<{ addFeed: { __typename: string } }>(first.url, ADD_FEED, {
          url: `${outlet.origin}/feed.xml`,
        }),
      );
      expect(added.addFeed.__typename).toBe('Feed');
      await sleep(2500);
      const polls = outlet.requestsTo('/feed.xml').length;
      // Polled again and again, never by both replicas at once.
      expect(polls).toBeGreaterThanOrEqual(4);
      expect(mostAtOnce).toBe(1);

      // The polling replica stops: the other takes the feeds over.
      await first.dispose();
      const before = outlet.requestsTo('/feed.xml').length;
      await sleep(2000);
      expect(outlet.requestsTo('/feed.xml').length).toBeGreaterThan(before + 1);
      expect(mostAtOnce).toBe(1);
    } finally {
      await first.dispose();
      await second.dispose();
    }
  });
});
