/**
 * A synthetic graph in the shape of the API's `GraphView`, for the rendering benchmark (?bench=N).
 * Seeded, so every run draws the same graph: clustered like real diplomacy (blocs with ties across).
 */
import { seededRandom } from '@entente/core/common';
import { ACTOR_KINDS, RELATION_SPECS, RELATION_TYPES } from '@entente/core/ontology';
import type { GraphEdgeData, GraphNodeData, GraphViewData } from '../api/types';

export function syntheticGraph(order: number, seed = 42): GraphViewData {
  const rand = seededRandom(seed);
  const communities = Math.max(2, Math.round(Math.sqrt(order) / 2));
  const nodes: GraphNodeData[] = [];
  for (let i = 0; i < order; i++) {
    nodes.push({
      id: `n${i}`,
      label: `Actor ${i}`,
      kind: ACTOR_KINDS[Math.floor(rand() * 3)]!,
      community: i % communities,
      degree: 0,
      centrality: rand() ** 6,
      mentions: 1 + Math.floor(rand() * 20),
    });
  }
  const edges: GraphEdgeData[] = [];
  const seen = new Set<string>();
  const target = order * 2;
  for (let attempts = 0; edges.length < target && attempts < target * 4; attempts++) {
    const source = Math.floor(rand() * order);
    // Four ties in five stay inside the bloc.
    const other =
      rand() < 0.8
        ? (source + communities * (1 + Math.floor(rand() * 20))) % order
        : Math.floor(rand() * order);
    if (other === source) continue;
    const type = RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)]!;
    const id = `n${source}|${type}|n${other}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const spec = RELATION_SPECS[type];
    edges.push({
      id,
      source: `n${source}`,
      target: `n${other}`,
      type,
      polarity: spec.polarity,
      directed: spec.directed,
      weight: 1 + Math.floor(rand() ** 3 * 5),
      firstSeen: '2025-10-01',
      lastSeen: '2025-11-01',
    });
    nodes[source]!.degree += 1;
    nodes[other]!.degree += 1;
  }
  return { nodes, edges, totalNodes: nodes.length, totalEdges: edges.length };
}
