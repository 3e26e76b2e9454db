import type { EntenteGraph, RelationEdgeAttributes } from '../graph/types.js';
import { polaritySign } from '../ontology/relations.js';

export type RelationshipLabel = 'allied' | 'tense' | 'mixed' | 'neutral' | 'none';

export interface RelationshipSummary {
  a: string;
  b: string;
  /** In [-1, 1]: -1 only conflict, +1 only cooperation (see `relationship`). */
  score: number;
  label: RelationshipLabel;
  /** Pieces of cooperative evidence between the two actors. */
  cooperative: number;
  /** Pieces of conflictual evidence between the two actors. */
  conflictual: number;
  /** Pieces of neutral evidence (urges, represents). */
  neutral: number;
  /** Keys of the edges the summary is computed from, sorted. */
  edges: string[];
}

export interface RelationshipOptions {
  /**
   * Count the relations of the people who represent a state or organization (their `affiliation`, or a
   * `represents` edge) as relations of that state too: "Fidan criticizes Israel" then weighs on
   * Turkey–Israel. Off by default, because a minister's words are not always their government's line.
   */
  rollup?: boolean;
}

/** Score at or above which a pair whose conflict is minor is labelled allied (and its negative: tense). */
export const ALLIED_THRESHOLD = 0.3;
export const TENSE_THRESHOLD = -0.3;
/** Share of the signed (cooperative + conflictual) mass the minority side needs for a pair to be mixed. */
export const MIXED_MINORITY_SHARE = 0.25;

/** Actor id → the people who act for it, for `rollup`. */
export type Representatives = Map<string, string[]>;

/** Who represents whom, from node affiliations and `represents` edges. */
export function representativesOf(graph: EntenteGraph): Representatives {
  const represented = new Map<string, Set<string>>();
  const link = (person: string, principal: string) => {
    if (person === principal || !graph.hasNode(principal)) return;
    const people = represented.get(principal) ?? new Set<string>();
    people.add(person);
    represented.set(principal, people);
  };
  graph.forEachNode((node, attributes) => {
    if (attributes.affiliation) link(node, attributes.affiliation);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.type === 'represents') link(source, target);
  });
  return new Map([...represented].map(([principal, people]) => [principal, [...people]]));
}

/**
 * How two actors relate, from all the evidence between them (both directions, every relation type).
 *
 * score = Σ_e sign(e) · w(e) / Σ_e w(e), where sign is +1 cooperative, -1 conflictual, 0 neutral, and
 * w(e) is the sum of the confidences of the edge's evidence. Why this form:
 * - a ratio, not a sum, so that a pair covered by 200 articles and one covered by 3 are comparable
 *   (rankings multiply back by evidence volume when volume matters);
 * - each piece of evidence counts, weighted by the extractor's confidence, so one uncertain reading
 *   cannot outweigh several sure ones;
 * - neutral evidence stays in the denominator, so a pair that mostly urges each other is pulled towards 0
 *   instead of looking allied because of a single handshake.
 *
 * Labels: `none` without any edge, `neutral` without signed evidence, `mixed` when both cooperative and
 * conflictual evidence are substantial (minority share ≥ MIXED_MINORITY_SHARE), else `allied` / `tense`
 * past ±0.3, and `neutral` for a weak signed signal drowned in neutral evidence.
 */
export function relationship(
  graph: EntenteGraph,
  a: string,
  b: string,
  options: RelationshipOptions = {},
): RelationshipSummary {
  return relationshipWith(graph, a, b, options.rollup ? representativesOf(graph) : undefined);
}

/** `relationship` with a precomputed representatives index (null for no rollup), for callers scoring many pairs. */
export function relationshipWith(
  graph: EntenteGraph,
  a: string,
  b: string,
  representatives?: Representatives,
): RelationshipSummary {
  const sideA = new Set([a, ...(representatives?.get(a) ?? [])]);
  const sideB = new Set([b, ...(representatives?.get(b) ?? [])]);
  const edges = new Set<string>();
  for (const actor of sideA) {
    if (!graph.hasNode(actor) || sideB.has(actor)) continue;
    graph.forEachEdge(actor, (edge, _attributes, source, target) => {
      const other = source === actor ? target : source;
      if (sideB.has(other) && !sideA.has(other)) edges.add(edge);
    });
  }
  const keys = [...edges].sort();
  return summarize(
    a,
    b,
    keys,
    keys.map((key) => graph.getEdgeAttributes(key)),
  );
}

/** The summary of the given edges between `a` and `b` (keys sorted by the caller). */
export function summarize(
  a: string,
  b: string,
  edges: string[],
  attributes: RelationEdgeAttributes[],
): RelationshipSummary {
  let signedMass = 0;
  let totalMass = 0;
  let cooperativeMass = 0;
  let conflictualMass = 0;
  const counts = { cooperative: 0, conflictual: 0, neutral: 0 };
  for (const edge of attributes) {
    const mass = edge.evidence.reduce((sum, piece) => sum + (piece.confidence ?? 1), 0);
    const sign = polaritySign(edge.polarity);
    signedMass += sign * mass;
    totalMass += mass;
    if (sign > 0) cooperativeMass += mass;
    if (sign < 0) conflictualMass += mass;
    counts[edge.polarity] += edge.evidence.length;
  }
  const score = totalMass > 0 ? signedMass / totalMass : 0;
  return {
    a,
    b,
    score,
    label: labelOf(edges.length, score, cooperativeMass, conflictualMass),
    ...counts,
    edges,
  };
}

function labelOf(
  edgeCount: number,
  score: number,
  cooperative: number,
  conflictual: number,
): RelationshipLabel {
  if (edgeCount === 0) return 'none';
  const signed = cooperative + conflictual;
  if (signed === 0) return 'neutral';
  if (Math.min(cooperative, conflictual) / signed >= MIXED_MINORITY_SHARE) return 'mixed';
  if (score >= ALLIED_THRESHOLD) return 'allied';
  if (score <= TENSE_THRESHOLD) return 'tense';
  return 'neutral';
}
