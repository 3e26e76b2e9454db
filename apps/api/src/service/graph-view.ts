import { type ActorKind, filterGraph, type Polarity, type RelationType } from '@entente/core';
import { type GraphFilterInput, isRestrictive, toGraphFilter } from './filters.js';
import type { GraphService } from './graph-service.js';

export interface GraphNodeView {
  id: string;
  label: string;
  kind: ActorKind;
  community: number | null;
  /** Distinct neighbours in the view. */
  degree: number;
  centrality: number;
  mentions: number;
}

export interface GraphEdgeView {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  polarity: Polarity;
  directed: boolean;
  weight: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface GraphView {
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
  totalNodes: number;
  totalEdges: number;
}

/**
 * The (filtered) graph with layout-ready attributes, as the web app draws it. Communities and
 * centrality come from the whole graph, so that colours and sizes stay put while the filter changes;
 * degree counts what the view shows. Views are cached per graph version and filter.
 */
export function graphView(service: GraphService, input: GraphFilterInput | null | undefined): GraphView {
  const filter = toGraphFilter(input);
  return service.analytics.memoize(`graph-view:${JSON.stringify(filter)}`, () => {
    const full = service.graph;
    const view = isRestrictive(filter) ? filterGraph(full, filter) : full;
    const communities = service.analytics.communities();
    const betweenness = service.analytics.betweenness();
    return {
      nodes: view.mapNodes((id, attributes) => ({
        id,
        label: attributes.label,
        kind: attributes.kind,
        community: communities[id] ?? null,
        degree: view.neighbors(id).length,
        centrality: betweenness[id] ?? 0,
        mentions: attributes.mentions,
      })),
      edges: view.mapEdges((id, attributes, source, target) => ({
        id,
        source,
        target,
        type: attributes.type,
        polarity: attributes.polarity,
        directed: attributes.directed,
        weight: attributes.weight,
        firstSeen: attributes.firstSeen ?? null,
        lastSeen: attributes.lastSeen ?? null,
      })),
      totalNodes: full.order,
      totalEdges: full.size,
    };
  });
}
