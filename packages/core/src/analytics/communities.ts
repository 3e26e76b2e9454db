import louvainModule from 'graphology-communities-louvain';
import { defaultExport } from '../common/interop.js';
import { seededRandom } from '../common/random.js';
import type { EntenteGraph } from '../graph/types.js';
import { relationKindOf } from '../ontology/relations.js';
import { MediationIndex } from './mediation.js';
import { undirectedProjection } from './projection.js';

const louvain = defaultExport(louvainModule);

export interface CommunityOptions {
  /** Seed of the random order Louvain visits nodes in; same seed, same communities. */
  seed?: number;
  /** Louvain resolution: above 1 favours smaller communities. */
  resolution?: number;
}

/**
 * Blocs of actors: Louvain communities on the cooperative layer (alignment relations only, undirected,
 * weighted by the number of documents), so that hostility between two groups separates them instead of
 * binding them, and contact does not bind a mediator or a host to the parties it receives. Actors without
 * alignment relations each form their own community. An alignment relation read only in sentences
 * reporting its source's mediation (MediationIndex) is the mediation's channel and binds no one. Community ids are
 * 0, 1, 2… in the order the graph lists the first member of each.
 */
export function communities(graph: EntenteGraph, options: CommunityOptions = {}): Record<string, number> {
  const mediation = new MediationIndex(graph);
  const cooperative = undirectedProjection(
    graph,
    (attributes, source, target) =>
      relationKindOf(attributes.type) === 'alignment' &&
      attributes.evidence.some((piece) => mediation.leansScore(attributes, source, target, piece)),
  );
  let found: Record<string, number> = {};
  if (cooperative.size > 0) {
    for (const node of cooperative.nodes()) if (cooperative.degree(node) === 0) cooperative.dropNode(node);
    found = louvain(cooperative, {
      getEdgeWeight: 'weight',
      resolution: options.resolution ?? 1,
      rng: seededRandom(options.seed ?? 42),
    });
  }

  const renumbered = new Map<number, number>();
  const result: Record<string, number> = {};
  let next = 0;
  graph.forEachNode((node) => {
    const community = found[node];
    if (community === undefined) {
      result[node] = next++;
      return;
    }
    if (!renumbered.has(community)) renumbered.set(community, next++);
    result[node] = renumbered.get(community)!;
  });
  return result;
}
