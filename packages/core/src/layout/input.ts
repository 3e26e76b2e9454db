import type { LayoutInput, LayoutOutput, Positions } from './types.js';

/** What a layout reads of a graph view: node ids, and edges with their ids and weights. */
export interface LayoutView {
  nodes: readonly { id: string }[];
  edges: readonly { id: string; source: string; target: string; weight: number }[];
}

/**
 * The layout input of a view: nodes sorted by id and edges by id, so the input (and thus the picture)
 * depends on the data only, not on the order an API or a graph lists it in; the web map and the GEXF
 * export lay the same graph out the same way. `previous` positions, when given, become the seeds the
 * layout continues from.
 */
export function layoutInput(view: LayoutView, previous?: Positions): LayoutInput {
  const nodes = view.nodes.map((node) => node.id).sort();
  const index = new Map(nodes.map((id, i) => [id, i]));
  const edges = view.edges
    .filter((edge) => index.has(edge.source) && index.has(edge.target))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sources = new Uint32Array(edges.length);
  const targets = new Uint32Array(edges.length);
  const weights = new Float32Array(edges.length);
  edges.forEach((edge, i) => {
    sources[i] = index.get(edge.source)!;
    targets[i] = index.get(edge.target)!;
    weights[i] = edge.weight;
  });
  // With nothing in common with the previous layout there is nothing to continue: start afresh.
  if (!previous || !nodes.some((id) => previous.has(id))) return { nodes, sources, targets, weights };
  const seeds = new Float32Array(nodes.length * 2).fill(Number.NaN);
  nodes.forEach((id, i) => {
    const position = previous.get(id);
    if (!position) return;
    seeds[i * 2] = position.x;
    seeds[i * 2 + 1] = position.y;
  });
  return { nodes, sources, targets, weights, seeds };
}

/** The output of a layout keyed by node id. */
export function positionsOf(input: LayoutInput, output: LayoutOutput): Positions {
  const positions: Positions = new Map();
  input.nodes.forEach((id, i) => {
    positions.set(id, { x: output[i * 2]!, y: output[i * 2 + 1]! });
  });
  return positions;
}
