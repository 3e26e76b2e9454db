import { MultiDirectedGraph } from 'graphology';
import type { EvidenceRef } from '../ontology/documents.js';
import type { EntenteGraph } from './types.js';

/**
 * A new, empty Entente graph: directed multigraph (one edge per relation type between two actors),
 * no self-loops, and the `documents` attribute every consumer may rely on.
 */
export function createEntenteGraph<E extends EvidenceRef = EvidenceRef>(): EntenteGraph<E> {
  const graph: EntenteGraph<E> = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.setAttribute('documents', []);
  return graph;
}
