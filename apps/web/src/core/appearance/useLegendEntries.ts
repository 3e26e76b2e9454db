/** What the legend lists: the actor kinds present, and the communities on screen, largest first. */
import { ACTOR_KINDS, type ActorKind } from '@entente/core/ontology';
import { useMemo } from 'react';
import type { GraphViewData } from '../../api/types';
import type { VisibleSet } from '../../filters/filter';

export function useLegendEntries(view: GraphViewData | null, visible: VisibleSet | null) {
  const kinds: ActorKind[] = useMemo(
    () => ACTOR_KINDS.filter((kind) => view?.nodes.some((node) => node.kind === kind)),
    [view],
  );
  // Largest communities on screen first: the legend explains what the eye sees.
  const communities = useMemo(() => {
    if (!view || !visible) return [];
    const sizes = new Map<number, number>();
    for (const node of view.nodes) {
      if (node.community === null || !visible.nodes.has(node.id)) continue;
      sizes.set(node.community, (sizes.get(node.community) ?? 0) + 1);
    }
    return [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id, size]) => ({ id, size }));
  }, [view, visible]);
  return { kinds, communities };
}
