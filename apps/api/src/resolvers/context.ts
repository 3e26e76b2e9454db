import type { GraphService } from '../service/graph-service.js';
import type { LiveEvents } from '../service/live-events.js';
import type { WebSources } from '../service/web-sources.js';
import type { ResultBudget } from './budget.js';

/** What every resolver gets: the service that owns the graph, the web sources, and the request's result budget. */
export interface ApiContext {
  service: GraphService;
  /** Pages and feeds; undefined on a database without a FeedStore. */
  web: WebSources | undefined;
  live: LiveEvents;
  budget: ResultBudget;
}
