import { createHash } from 'node:crypto';
import {
  contentHash,
  DEFAULT_SCHEDULE,
  type FeedItem,
  type FetchOptions,
  fetchFeed,
  HostRateLimiter,
  nextPollDelay,
  normalizeUrl,
  type ParsedFeed,
  type PollSchedule,
  readFeedItem,
} from '@entente/sources';
import type { FeedStore, StoredFeed } from '../store/types.js';
import type { GraphService } from './graph-service.js';
import type { WebIngester } from './web-ingest.js';

/** What one poll of one feed did. */
export interface PollSummary {
  feed: StoredFeed;
  /** Items in the feed as fetched (0 when it had not changed). */
  items: number;
  /** Documents added. */
  created: number;
  /** Items whose article changed since it was ingested: the new version replaced the old. */
  updated: number;
  /** Items whose story was already stored (another outlet's copy, the same text again). */
  duplicates: number;
  /** Items seen before and unchanged. */
  unchanged: number;
  /** Items that could not be read or ingested (each named in `errors`). */
  failed: number;
  /** Relations the new documents reported. */
  relations: number;
  notModified: boolean;
  /** The feed-level error (unreachable, not a feed), or per-item errors. */
  errors: string[];
}

export interface FeedFollowerOptions {
  service: GraphService;
  feeds: FeedStore;
  ingester: WebIngester;
  schedule?: PollSchedule;
  /** Between two requests to one host. Default 1 s. */
  hostIntervalMs?: number;
  fetchOptions?: FetchOptions;
  now?: () => Date;
  /** Called as items are handled, for progress bars. */
  onProgress?: (feed: StoredFeed, done: number, total: number) => void;
  /** Called after each poll (the server publishes it to subscribers). */
  onPolled?: (summary: PollSummary) => void;
}

/**
 * Follows feeds: polls each when it is due (conditional requests; doubling backoff after failures),
 * reads new items (the feed's full text, else the page, one request per host per interval), and ingests
 * each item once. An item whose entry changed is read again; if its text changed too, the new version
 * replaces the old document (which goes, with the relations only it reported), so the graph reflects
 * what the outlet publishes now and an edited story is not counted twice.
 */
export class FeedFollower {
  readonly #options: FeedFollowerOptions;
  readonly #schedule: PollSchedule;
  readonly #limiter: HostRateLimiter;
  readonly #now: () => Date;
  /** Feeds being polled now, so that a feed is never polled twice at once. */
  readonly #polling = new Map<string, Promise<PollSummary>>();
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(options: FeedFollowerOptions) {
    this.#options = options;
    this.#schedule = options.schedule ?? DEFAULT_SCHEDULE;
    this.#limiter = new HostRateLimiter(options.hostIntervalMs ?? 1000);
    this.#now = options.now ?? (() => new Date());
  }

  /** Polls a feed now (or joins the poll under way). */
  poll(feed: StoredFeed): Promise<PollSummary> {
    const running = this.#polling.get(feed.id);
    if (running) return running;
    const poll = this.#poll(feed).finally(() => this.#polling.delete(feed.id));
    this.#polling.set(feed.id, poll);
    return poll;
  }

  /** Polls every feed that is due. */
  async pollDue(): Promise<PollSummary[]> {
    const { feeds } = this.#options;
    // Another replica polls the shared feeds; a feed polled on demand (pollFeed) still runs here.
    if (feeds.leadPolling && !(await feeds.leadPolling())) return [];
    const now = this.#now().getTime();
    const due = (await feeds.listFeeds()).filter(
      (feed) => !feed.nextPollAt || Date.parse(feed.nextPollAt) <= now,
    );
    return Promise.all(due.map((feed) => this.poll(feed)));
  }

  /** Checks for due feeds every `tickMs` until `stop()`. */
  start(tickMs = Math.min(5000, this.#schedule.intervalMs)): void {
    this.#stopped = false;
    const tick = () => {
      if (this.#stopped) return;
      this.pollDue()
        .catch((error: unknown) => console.error('entente: feed polling failed', error))
        .finally(() => {
          if (!this.#stopped) this.#timer = setTimeout(tick, tickMs);
        });
    };
    tick();
  }

  /** Stops polling and waits for the polls under way. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await Promise.allSettled([...this.#polling.values()]);
  }

  async #poll(feed: StoredFeed): Promise<PollSummary> {
    const { feeds } = this.#options;
    const summary: PollSummary = {
      feed,
      items: 0,
      created: 0,
      updated: 0,
      duplicates: 0,
      unchanged: 0,
      failed: 0,
      relations: 0,
      notModified: false,
      errors: [],
    };
    const polledAt = this.#now();
    try {
      await this.#limiter.acquire(feed.url);
      const outcome = await fetchFeed(
        {
          url: feed.url,
          ...(feed.etag ? { etag: feed.etag } : {}),
          ...(feed.lastModified ? { lastModified: feed.lastModified } : {}),
        },
        this.#options.fetchOptions,
      );
      if (outcome.notModified) summary.notModified = true;
      else {
        summary.items = outcome.feed.items.length;
        await this.#ingestItems(feed, outcome.feed, summary);
      }
      await feeds.recordPoll(feed.id, {
        polledAt: polledAt.toISOString(),
        failures: 0,
        nextPollAt: new Date(polledAt.getTime() + nextPollDelay(0, undefined, this.#schedule)).toISOString(),
        ...(!outcome.notModified && outcome.feed.title ? { title: outcome.feed.title } : {}),
        ...(outcome.etag ? { etag: outcome.etag } : {}),
        ...(outcome.lastModified ? { lastModified: outcome.lastModified } : {}),
      });
    } catch (error) {
      const failures = feed.failures + 1;
      const message = error instanceof Error ? error.message : String(error);
      summary.errors.push(message);
      await feeds.recordPoll(feed.id, {
        polledAt: polledAt.toISOString(),
        error: message,
        failures,
        nextPollAt: new Date(
          polledAt.getTime() + nextPollDelay(failures, error, this.#schedule),
        ).toISOString(),
      });
    }
    summary.feed = (await feeds.getFeed(feed.id)) ?? feed;
    this.#options.onPolled?.(summary);
    return summary;
  }

  async #ingestItems(feed: StoredFeed, parsed: ParsedFeed, summary: PollSummary): Promise<void> {
    // Oldest first, so documents enter in publication order.
    const items = [...parsed.items].reverse();
    let done = 0;
    for (const item of items) {
      if (this.#stopped) break;
      try {
        await this.#ingestItem(feed, parsed, item, summary);
      } catch (error) {
        summary.failed += 1;
        summary.errors.push(
          `${item.url ?? item.id}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      done += 1;
      this.#options.onProgress?.(feed, done, items.length);
    }
  }

  async #ingestItem(
    feed: StoredFeed,
    parsed: ParsedFeed,
    item: FeedItem,
    summary: PollSummary,
  ): Promise<void> {
    const { feeds, ingester, service } = this.#options;
    const fingerprint = fingerprintOf(item);
    const seen = await feeds.getItem(feed.id, item.id);
    if (seen && seen.fingerprint === fingerprint && (!seen.documentId || service.document(seen.documentId))) {
      summary.unchanged += 1;
      return;
    }
    if (!item.content && item.url) await this.#limiter.acquire(item.url);
    const article = await readFeedItem(item, parsed, this.#options.fetchOptions);
    const hash = contentHash(article.text);
    const record = {
      feedId: feed.id,
      itemId: item.id,
      fingerprint,
      contentHash: hash,
      seenAt: this.#now().toISOString(),
      ...(item.url ? { url: normalizeUrl(item.url) } : {}),
    };
    if (seen?.contentHash === hash && seen.documentId && service.document(seen.documentId)) {
      // The entry changed (a new summary, a touched date) but the story did not.
      await feeds.putItem({ ...record, documentId: seen.documentId });
      summary.unchanged += 1;
      return;
    }
    const outcome = await ingester.ingestArticle(article, feed.id);
    await feeds.putItem({ ...record, documentId: outcome.document.id });
    const previous = seen?.documentId;
    if (previous && previous !== outcome.document.id && service.document(previous)) {
      // An edited story: the new version replaces the old unless another outlet still publishes the old text.
      const elsewhere = (await feeds.sources(previous)).some((source) => source.feedId !== feed.id);
      if (!elsewhere) await service.removeDocument(previous);
      summary.updated += 1;
      summary.relations += outcome.relations.length;
      return;
    }
    if (outcome.status === 'new') {
      summary.created += 1;
      summary.relations += outcome.relations.length;
    } else summary.duplicates += 1;
  }
}

/** What a feed says about an item: when none of it changes, the item is not read again. */
function fingerprintOf(item: FeedItem): string {
  const parts = [item.url, item.title, item.updatedAt, item.publishedAt, item.summary, item.content];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
