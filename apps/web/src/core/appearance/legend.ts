/**
 * What the legend says, as data: the on-screen legend and the exported image draw the same sections,
 * so a picture and the map never explain colours differently.
 */

import { communityColor, KIND_COLORS, POLARITY_COLORS } from '@entente/core/common';
import { ACTOR_KIND_LABELS, type ActorKind } from '@entente/core/ontology';
import type { ColorMode } from './colors';

export interface LegendItem {
  label: string;
  /** Said after the label in a quieter voice: a community's size. */
  detail?: string;
  color: string;
  /** Lines for relations, dots for actors. */
  shape: 'line' | 'dot';
}

export interface LegendSection {
  title: string;
  items: LegendItem[];
  /** Plain lines after the items ("size = centrality"). */
  notes: string[];
}

/** A community on screen: its size there, and the name of its most central actor. */
export interface CommunityEntry {
  id: number;
  size: number;
  name: string;
}

/** Communities named in the legend; the rest are summed up ("+3 smaller"). */
export const LEGEND_COMMUNITIES = 8;

export function legendSections(
  colorMode: ColorMode,
  kinds: readonly ActorKind[],
  communities: readonly CommunityEntry[],
): LegendSection[] {
  const relations: LegendSection = {
    title: 'Relations',
    items: [
      { label: 'alignment', color: POLARITY_COLORS.cooperative, shape: 'line' },
      { label: 'hostility', color: POLARITY_COLORS.conflictual, shape: 'line' },
      { label: 'contact or role', color: POLARITY_COLORS.neutral, shape: 'line' },
    ],
    notes: ['→ directed · thicker = more sources'],
  };
  if (colorMode === 'kind') {
    return [
      relations,
      {
        title: 'Actors',
        items: kinds.map((kind) => ({
          label: ACTOR_KIND_LABELS[kind],
          color: KIND_COLORS[kind],
          shape: 'dot',
        })),
        notes: ['size = centrality'],
      },
    ];
  }
  const rest = communities.length - LEGEND_COMMUNITIES;
  return [
    relations,
    {
      title: 'Communities',
      items: communities.slice(0, LEGEND_COMMUNITIES).map((community) => ({
        label: `around ${community.name}`,
        detail: `(${community.size})`,
        color: communityColor(community.id),
        shape: 'dot',
      })),
      notes: [...(rest > 0 ? [`+${rest} smaller`] : []), 'size = centrality'],
    },
  ];
}
