import type { ActorKind } from '@entente/core';
import type * as Types from '../schema/types.generated.js';
import { filteredGraph, toGraphFilter } from './filters.js';
import type { GraphService } from './graph-service.js';
import { type RelationSummaryModel, relationSummaryFromEdge } from './models.js';

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

/** An edge of the view: the relation without its evidence (the web app fetches that on demand). */
export type GraphEdgeView = RelationSummaryModel;

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
export function graphView(service: GraphService, input: Types.GraphFilter | null | undefined): GraphView {
  const filter = toGraphFilter(input);
  return service.analytics.memoize(`graph-view:${JSON.stringify(filter)}`, () => {
    const full = service.graph;
    const view = filteredGraph(full, filter);
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
      edges: view.mapEdges(relationSummaryFromEdge),
      totalNodes: full.order,
      totalEdges: full.size,
    };
  });
}
