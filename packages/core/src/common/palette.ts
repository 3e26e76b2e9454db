/**
 * The colours of Entente, for every view that draws the graph: the web map, its legend and the GEXF
 * export (so a graph opened in Gephi looks like the map). Polarity owns green and red (edges), so the
 * node palettes avoid both: an alliance or a tension is always read from an edge, never from a node.
 * Colours are `#rrggbb`; `rgbString` gives the `rgb(r,g,b)` form some writers want.
 */
import type { ActorKind } from '../ontology/actors.js';
import type { Polarity } from '../ontology/relations.js';

/** Edge colours by polarity: green brings closer, red sets apart, grey neither. */
export const POLARITY_COLORS: Readonly<Record<Polarity, string>> = {
  cooperative: '#2ea043',
  conflictual: '#cf222e',
  neutral: '#8c959f',
};

/** Node colours by actor kind. */
export const KIND_COLORS: Readonly<Record<ActorKind, string>> = {
  state: '#3f6fb5',
  person: '#e08a2c',
  organization: '#8a5fc7',
  armed_group: '#7a5544',
  force: '#c9569b',
  other: '#7d8590',
};

/**
 * Node colours by community (Louvain), most distinct first, so a graph with few communities gets the
 * clearest ones. Chosen greedily for the largest CIELAB distance from each other and from the kind,
 * polarity and dimmed colours, with hues away from polarity's green and red; the palette test holds
 * every pair at least 20 ΔE*ab apart. Communities past the last colour reuse the palette from the start.
 */
export const COMMUNITY_COLORS: readonly string[] = [
  '#00ccbb',
  '#bbbb66',
  '#00bbee',
  '#ccaaee',
  '#ee99aa',
  '#776600',
  '#117766',
  '#885577',
  '#cc9977',
  '#668811',
  '#995522',
  '#007799',
  '#8899ff',
  '#888855',
  '#bb9922',
  '#ee6688',
  '#ee99ff',
  '#88aadd',
  '#22aaff',
  '#aa4466',
  '#33ccdd',
  '#775599',
  '#4466cc',
  '#eeaa66',
];

/** Nodes (and their labels) outside the focused neighbourhood fade to this. */
export const DIMMED_COLOR = '#dde1e7';
/** Edges fade further than nodes: out-of-focus lines should nearly vanish. */
export const DIMMED_EDGE_COLOR = '#eceef2';
/** A node that belongs to no community (isolated, or communities not computed). */
export const NO_COMMUNITY_COLOR = '#b5bcc6';

/** The colour of community number `community`; `NO_COMMUNITY_COLOR` for none (null, undefined, negative). */
export function communityColor(community: number | null | undefined): string {
  if (community === null || community === undefined || community < 0) return NO_COMMUNITY_COLOR;
  return COMMUNITY_COLORS[community % COMMUNITY_COLORS.length] ?? NO_COMMUNITY_COLOR;
}

/** `[r, g, b]` (0-255) of a `#rrggbb` colour. */
export function rgbOf(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [Number.parseInt(match[1]!, 16), Number.parseInt(match[2]!, 16), Number.parseInt(match[3]!, 16)];
}

/** `rgb(r,g,b)` form of a `#rrggbb` colour. */
export function rgbString(hex: string): string {
  return `rgb(${rgbOf(hex).join(',')})`;
}
