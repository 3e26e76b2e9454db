/**
 * The layout computation itself, shared by the web worker and the main-thread fallback:
 * ForceAtlas2 from hash-seeded positions for a number of iterations fixed by the graph size,
 * so the same data always gives the same picture.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seedPosition } from './hash';

/** What the layout needs: node ids and edges as index pairs (cheap to post to a worker). */
export interface LayoutInput {
  nodes: string[];
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float32Array;
}

/** Interleaved x, y per node, in the order of `LayoutInput.nodes`. */
export type LayoutOutput = Float32Array;

/** Fewer iterations on big graphs keep the wait bounded; the count depends on size only. */
export function iterationsFor(order: number): number {
  if (order <= 300) return 600;
  if (order <= 2_000) return 250;
  if (order <= 8_000) return 100;
  return 50;
}

export function computeLayout(input: LayoutInput): LayoutOutput {
  const order = input.nodes.length;
  const graph = new Graph({ multi: true, type: 'undirected', allowSelfLoops: false });
  const scale = Math.max(10, Math.sqrt(order) * 10);
  input.nodes.forEach((id, index) => {
    graph.addNode(index, seedPosition(id, scale));
  });
  for (let i = 0; i < input.sources.length; i++) {
    const source = input.sources[i]!;
    const target = input.targets[i]!;
    if (source !== target) graph.addEdge(source, target, { weight: input.weights[i] ?? 1 });
  }
  if (order > 1) {
    const settings = {
      ...forceAtlas2.inferSettings(order),
      barnesHutOptimize: order > 1_000,
      gravity: 1,
      scalingRatio: order > 1_000 ? 4 : 10,
    };
    forceAtlas2.assign(graph, { iterations: iterationsFor(order), settings, getEdgeWeight: 'weight' });
  }
  const out = new Float32Array(order * 2);
  graph.forEachNode((key, attributes) => {
    const index = Number(key);
    out[index * 2] = attributes.x as number;
    out[index * 2 + 1] = attributes.y as number;
  });
  return out;
}
