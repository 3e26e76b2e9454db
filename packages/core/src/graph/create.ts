import { MultiDirectedGraph } from 'graphology';
import type { EntenteGraph } from './types.js';

/**
 * A new, empty Entente graph: directed multigraph (one edge per relation type between two actors),
 * no self-loops, and the `documents` attribute every consumer may rely on.
 */
export function createEntenteGraph(): EntenteGraph {
  const graph: EntenteGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.setAttribute('documents', []);
  return graph;
}
