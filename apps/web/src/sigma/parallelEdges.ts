/**
 * Parallel edges: two relations between the same pair of actors (Israel opposes and criticizes
 * Turkey) would be drawn on one line with their labels on top of each other. They are bent apart
 * instead, as in sigma's "parallel edges" example; an edge alone between its two actors stays straight.
 *
 * The indexing follows `indexParallelEdgesIndex` of @sigma/edge-curve, which cannot be imported
 * here: that module reads WebGL constants as it loads, and the graph is also built where there is
 * no WebGL (tests, benchmarks). Only the renderer (useSigma.ts) imports the curve programs.
 */
import type { EdgeAttributes, EntenteSigmaGraph } from './build';

/** The bend @sigma/edge-curve gives a curved edge by default (`DEFAULT_EDGE_CURVATURE`). */
const BASE_CURVATURE = 0.25;

/**
 * Bend of the edge at `index` among parallel edges whose outermost index is `maxIndex`: more edges
 * spread wider, but never without bound. Negative indices bend to the other side.
 */
export function parallelCurvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -parallelCurvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * BASE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/** The sigma program of an edge: arrows for directed relation types, curves for parallel edges. */
export function edgeProgram(directed: boolean, curvature: number): EdgeAttributes['type'] {
  if (curvature === 0) return directed ? 'arrow' : 'line';
  return directed ? 'curvedArrow' : 'curved';
}

/**
 * Curvature of each edge, keyed by edge. Edges running one way between two actors fan out on both
 * sides of the straight line (an odd one out in the middle stays straight); when edges run both
 * ways, each direction bends to its own side, since a curve bends relative to its direction.
 */
export function parallelCurvatures(graph: EntenteSigmaGraph): Map<string, number> {
  const byPair = new Map<string, { forward: string[]; backward: string[] }>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    const forward = source <= target;
    const key = forward ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = byPair.get(key) ?? { forward: [], backward: [] };
    byPair.set(key, group);
    (forward ? group.forward : group.backward).push(edge);
  });
  const curvatures = new Map<string, number>();
  for (const { forward, backward } of byPair.values()) {
    for (const [edges, opposite] of [
      [forward, backward],
      [backward, forward],
    ] as const) {
      if (opposite.length > 0) {
        edges.forEach((edge, i) => {
          curvatures.set(edge, parallelCurvature(i + 1, edges.length));
        });
      } else {
        const half = (edges.length - 1) / 2;
        edges.forEach((edge, i) => {
          curvatures.set(edge, parallelCurvature(i - half, half));
        });
      }
    }
  }
  return curvatures;
}

/** Gives each edge its curvature and program. */
export function curveParallelEdges(graph: EntenteSigmaGraph): void {
  const curvatures = parallelCurvatures(graph);
  graph.updateEachEdgeAttributes((edge, attributes) => {
    const curvature = curvatures.get(edge) ?? 0;
    return { ...attributes, curvature, type: edgeProgram(attributes.directed, curvature) };
  });
}
