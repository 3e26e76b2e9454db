/**
 * What the legend lists: the actor kinds present, and the communities on screen, largest first, each
 * named after its most central actor there.
 */
import { ACTOR_KINDS, type ActorKind } from '@entente/core/ontology';
import { useMemo } from 'react';
import type { GraphNodeData, GraphViewData } from '../../api/types';
import type { VisibleSet } from '../../filters/filter';
import type { CommunityEntry } from './legend';

/** Whether `a` stands for its community better than `b`: centrality, then degree, mentions, name. */
function moreCentral(a: GraphNodeData, b: GraphNodeData): boolean {
  if (a.centrality !== b.centrality) return a.centrality > b.centrality;
  if (a.degree !== b.degree) return a.degree > b.degree;
  if (a.mentions !== b.mentions) return a.mentions > b.mentions;
  return a.label < b.label;
}

/** Communities among the visible nodes, largest first (then by id), named after their most central actor. */
export function communityEntries(view: GraphViewData, visible: VisibleSet): CommunityEntry[] {
  const groups = new Map<number, { size: number; lead: GraphNodeData }>();
  for (const node of view.nodes) {
    if (node.community === null || !visible.nodes.has(node.id)) continue;
    const group = groups.get(node.community);
    if (!group) groups.set(node.community, { size: 1, lead: node });
    else {
      group.size += 1;
      if (moreCentral(node, group.lead)) group.lead = node;
    }
  }
  return [...groups]
    .sort((a, b) => b[1].size - a[1].size || a[0] - b[0])
    .map(([id, { size, lead }]) => ({ id, size, name: lead.label }));
}

export function useLegendEntries(view: GraphViewData | null, visible: VisibleSet | null) {
  const kinds: ActorKind[] = useMemo(
    () => ACTOR_KINDS.filter((kind) => view?.nodes.some((node) => node.kind === kind)),
    [view],
  );
  // Largest communities on screen first: the legend explains what the eye sees.
  const communities = useMemo(
    () => (view && visible ? communityEntries(view, visible) : []),
    [view, visible],
  );
  return { kinds, communities };
}
