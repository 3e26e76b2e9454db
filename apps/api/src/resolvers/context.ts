import type { GraphService } from '../service/graph-service.js';

/** What every resolver gets: the service that owns the graph. */
export interface ApiContext {
  service: GraphService;
}
