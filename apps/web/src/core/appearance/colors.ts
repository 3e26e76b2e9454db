/**
 * The map's colour modes. The palette itself (kinds, polarities, communities, dimmed) is
 * @entente/core/common's, which the GEXF export uses too.
 */
import { communityColor, KIND_COLORS } from '@entente/core/common';
import type { ActorKind } from '@entente/core/ontology';

export type ColorMode = 'kind' | 'community';

export function nodeColor(mode: ColorMode, kind: ActorKind, community: number | null): string {
  return mode === 'kind' ? KIND_COLORS[kind] : communityColor(community);
}
