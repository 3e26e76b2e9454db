import type { FetchOptions, PollSchedule } from '@entente/sources';
import type { FeedStore } from '../store/types.js';
import { FeedFollower, type PollSummary } from './feed-follower.js';
import type { GraphService } from './graph-service.js';
import type { LiveEvents } from './live-events.js';
import { WebIngester } from './web-ingest.js';

export interface WebSourcesOptions {
  service: GraphService;
  feeds: FeedStore;
  /** Between polls of a feed. */
  schedule?: PollSchedule;
  hostIntervalMs?: number;
  fetchOptions?: FetchOptions;
  live: LiveEvents;
  onProgress?: ConstructorParameters<typeof FeedFollower>[0]['onProgress'];
}

/** The web side of the API: pages and feeds read into the graph, and the live events subscribers hear. */
export class WebSources {
  readonly feeds: FeedStore;
  readonly ingester: WebIngester;
  readonly follower: FeedFollower;
  readonly live: LiveEvents;

  constructor(options: WebSourcesOptions) {
    this.feeds = options.feeds;
    this.live = options.live;
    this.ingester = new WebIngester(options.service, options.feeds, options.fetchOptions);
    this.follower = new FeedFollower({
      service: options.service,
      feeds: options.feeds,
      ingester: this.ingester,
      ...(options.schedule ? { schedule: options.schedule } : {}),
      ...(options.hostIntervalMs !== undefined ? { hostIntervalMs: options.hostIntervalMs } : {}),
      ...(options.fetchOptions ? { fetchOptions: options.fetchOptions } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      onPolled: (summary: PollSummary) => this.live.publish({ type: 'feed', feed: summary.feed }),
    });
  }
}
