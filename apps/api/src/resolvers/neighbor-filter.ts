import type { EntenteGraph, Polarity, RelationType } from '@entente/core';
import { type RelationModel, relationFromEdge } from '../service/models.js';

/** The `NeighborFilter` input of the schema. */
export interface NeighborFilterInput {
  types?: RelationType[] | null;
  polarity?: Polarity | null;
}

/** The relations touching an actor, in both directions, that match the filter, sorted by id. */
export function incidentRelations(
  graph: EntenteGraph,
  actor: string,
  filter: NeighborFilterInput | null | undefined,
): RelationModel[] {
  if (!graph.hasNode(actor)) return [];
  const types = filter?.types ? new Set<string>(filter.types) : undefined;
  return graph
    .filterEdges(
      actor,
      (_key, attributes) =>
        (!types || types.has(attributes.type)) &&
        (!filter?.polarity || attributes.polarity === filter.polarity),
    )
    .sort()
    .map((key) => relationFromEdge(graph, key));
}
