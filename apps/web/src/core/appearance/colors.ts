/** Colours of the map: the palette of @entente/core/common (the GEXF export uses it too), by colour mode. */
import {
  COMMUNITY_COLORS,
  communityColor,
  DIMMED_COLOR,
  DIMMED_EDGE_COLOR,
  KIND_COLORS,
  NO_COMMUNITY_COLOR,
  POLARITY_COLORS,
} from '@entente/core/common';
import type { ActorKind } from '@entente/core/ontology';

export {
  COMMUNITY_COLORS,
  communityColor,
  DIMMED_COLOR,
  DIMMED_EDGE_COLOR,
  KIND_COLORS,
  NO_COMMUNITY_COLOR,
  POLARITY_COLORS,
};

export type ColorMode = 'kind' | 'community';

export function nodeColor(mode: ColorMode, kind: ActorKind, community: number | null): string {
  return mode === 'kind' ? KIND_COLORS[kind] : communityColor(community);
}
