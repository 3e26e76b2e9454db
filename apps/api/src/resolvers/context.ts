import type { GraphService } from '../service/graph-service.js';
import type { ResultBudget } from './budget.js';

/** What every resolver gets: the service that owns the graph, and the request's result budget. */
export interface ApiContext {
  service: GraphService;
  budget: ResultBudget;
}
