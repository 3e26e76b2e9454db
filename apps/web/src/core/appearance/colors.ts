/**
 * Colours of the map. Polarity owns green and red (edges), so node palettes avoid both:
 * an alliance or a tension is always read from an edge, never confused with a node.
 */
import type { ActorKind, Polarity } from '@entente/core/ontology';

export const POLARITY_COLORS: Record<Polarity, string> = {
  cooperative: '#2f9e6e',
  conflictual: '#d64545',
  neutral: '#a3aab5',
};

export const KIND_COLORS: Record<ActorKind, string> = {
  state: '#3f6fb5',
  person: '#e08a2c',
  organization: '#8a5fc7',
  armed_group: '#7a5544',
  force: '#c9569b',
  other: '#7d8590',
};

/** Qualitative palette for Louvain communities (colour-blind friendly, no pure red/green). */
export const COMMUNITY_COLORS = [
  '#3f6fb5',
  '#e08a2c',
  '#8a5fc7',
  '#17a2b8',
  '#c9569b',
  '#b59a1b',
  '#5a6b8c',
  '#7a5544',
  '#4fa3e0',
  '#a86bb8',
];

/** Nodes and edges outside the focused neighbourhood fade to this. */
export const DIMMED_COLOR = '#dde1e7';
/** Edges fade further than nodes: out-of-focus lines should nearly vanish. */
export const DIMMED_EDGE_COLOR = '#eceef2';
export const NO_COMMUNITY_COLOR = '#b5bcc6';

export function communityColor(community: number | null | undefined): string {
  if (community === null || community === undefined || community < 0) return NO_COMMUNITY_COLOR;
  return COMMUNITY_COLORS[community % COMMUNITY_COLORS.length] ?? NO_COMMUNITY_COLOR;
}

export type ColorMode = 'kind' | 'community';

export function nodeColor(mode: ColorMode, kind: ActorKind, community: number | null): string {
  return mode === 'kind' ? KIND_COLORS[kind] : communityColor(community);
}
