/**
 * The layout computation itself, shared by the web worker and the main-thread fallback:
 * ForceAtlas2 from hash-seeded positions (or from a previous layout) for a number of iterations
 * fixed by the graph size, so the same data always gives the same picture.
 */
import { MultiUndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { defaultExport } from '../common/interop.js';
import { seededStart } from './seed.js';
import type { LayoutInput, LayoutOutput } from './types.js';

const forceAtlas2 = defaultExport(forceAtlas2Module);

/** Fewer iterations on big graphs keep the wait bounded; the count depends on size only. */
export function iterationsFor(order: number): number {
  if (order <= 300) return 600;
  if (order <= 2_000) return 250;
  if (order <= 8_000) return 100;
  return 50;
}

/**
 * A layout continued from a previous one only needs to settle the newcomers: a quarter of the
 * iterations keeps the map recognisable (the old nodes barely move) and comes back four times sooner.
 */
/** How much more cautiously a continued layout moves nodes than a fresh one. */
const SEEDED_SLOWDOWN = 5;

export function seededIterationsFor(order: number): number {
  return Math.ceil(iterationsFor(order) / 4);
}

export function computeLayout(input: LayoutInput): LayoutOutput {
  const order = input.nodes.length;
  const graph = new MultiUndirectedGraph({ allowSelfLoops: false });
  const scale = Math.max(10, Math.sqrt(order) * 10);
  const start = seededStart(input, scale);
  input.nodes.forEach((_id, index) => {
    graph.addNode(index, { x: start[index * 2]!, y: start[index * 2 + 1]! });
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
    // Continuing a layout: damp the steps so the old actors settle around where they were.
    if (input.seeds) settings.slowDown = (settings.slowDown ?? 1) * SEEDED_SLOWDOWN;
    forceAtlas2.assign(graph, {
      iterations: input.seeds ? seededIterationsFor(order) : iterationsFor(order),
      settings,
      getEdgeWeight: 'weight',
    });
  }
  const out = new Float32Array(order * 2);
  graph.forEachNode((key, attributes) => {
    const index = Number(key);
    out[index * 2] = attributes.x as number;
    out[index * 2 + 1] = attributes.y as number;
  });
  return out;
}
