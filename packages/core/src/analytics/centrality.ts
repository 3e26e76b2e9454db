import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { defaultExport } from '../common/interop.js';
import type { EntenteGraph } from '../graph/types.js';
import { undirectedProjection } from './projection.js';

const betweennessCentrality = defaultExport(betweennessModule);

export interface Centrality {
  /** Number of distinct actors each actor is related to, whatever the direction or type. */
  degree: Record<string, number>;
  /** Share of shortest paths between other actors going through each actor, in [0, 1]. */
  betweenness: Record<string, number>;
}

/**
 * Who is connected and who brokers. Both measures run on the simple undirected projection: for brokerage
 * between actors it matters that a link exists, not how many relation types or articles stand behind it
 * (weighting by article count would make heavily covered actors look like shortcuts).
 */
export function centrality(graph: EntenteGraph): Centrality {
  const projection = undirectedProjection(graph);
  const degree: Record<string, number> = {};
  projection.forEachNode((node) => {
    degree[node] = projection.degree(node);
  });
  const betweenness = projection.order > 2 ? betweennessCentrality(projection, { normalized: true }) : {};
  for (const node of projection.nodes()) betweenness[node] ??= 0;
  return { degree, betweenness };
}
