import type { EntenteGraph } from '../graph/types.js';
import type { EvidenceRef } from '../ontology/documents.js';
import { RELATION_KINDS, type RelationKind, relationKindOf, type TieKind } from '../ontology/relations.js';
import { MediationIndex } from './mediation.js';

/**
 * How two actors stand (see `relationship`): `allied`, `strained`, `hostile`, `mixed`, `engaged` (in
 * contact only) or `none` (no tie on record: no relation, or roles only).
 */
export type RelationshipLabel = 'allied' | 'strained' | 'hostile' | 'mixed' | 'engaged' | 'none';

export const RELATIONSHIP_LABELS: readonly RelationshipLabel[] = [
  'allied',
  'strained',
  'hostile',
  'mixed',
  'engaged',
  'none',
];

/** Relations of one kind between two actors and the pieces of evidence behind them, never one for the other. */
export interface TieCount {
  /** Distinct relations (source, type, target). */
  relations: number;
  /** Pieces of evidence (sentences) behind those relations. */
  evidence: number;
}

export interface RelationshipSummary {
  a: string;
  b: string;
  /** In [-1, 1]: -1 only hostility, +1 only alignment, 0 without either (see `relationship`). */
  score: number;
  label: RelationshipLabel;
  /** Per kind of relation (alignment, engagement, hostility, role): relations and pieces of evidence. */
  counts: Record<RelationKind, TieCount>;
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

/**
 * What one piece of evidence of each kind of tie adds to the score's numerator: alignment +1, hostility
 * -1. Engagement weighs 0 and stays out of the denominator too: contact (a meeting, a visit, mediation, an
 * appeal) says the two talk, not where they stand, so it neither makes a pair allied nor dilutes a
 * hostility (docs/relations.md compares this with Goldstein and PLOVER).
 */
export const TIE_WEIGHTS: Record<TieKind, 1 | 0 | -1> = { alignment: 1, engagement: 0, hostility: -1 };

/** Share of the signed (alignment + hostility) mass the minority side needs for a pair to be mixed. */
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
 * score = (A - H) / (A + H), where A and H are the alignment and hostility masses: the sums of the
 * confidences of their pieces of evidence (0 when the pair has neither). Why this form:
 * - a ratio, not a sum, so that a pair covered by 200 articles and one covered by 3 are comparable
 *   (rankings multiply back by evidence volume when volume matters);
 * - each piece of evidence counts, weighted by the extractor's confidence, so one uncertain reading
 *   cannot outweigh several sure ones;
 * - engagement (contact) and roles are counted but not scored (TIE_WEIGHTS): a mediator, a host or a
 *   counterpart met is in contact with a party, not aligned with it; nor is the mediator's alignment
 *   read in the very sentence that reports its mediation (MediationIndex), which is the mediation's
 *   channel. Counts still show that evidence under its relation's kind.
 *
 * Labels, in order: `none` without alignment, hostility or engagement (no relation, or roles only);
 * `engaged` with contact only; `mixed` when alignment and hostility are both substantial (the minority
 * holds ≥ MIXED_MINORITY_SHARE of the signed mass); `allied` when alignment prevails; when hostility
 * prevails, `hostile` if it is all the pair has, `strained` if the pair also aligns on something or
 * stays in contact (hostility within a working relationship).
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
  return summarize(graph, a, b, [...edges].sort(), new MediationIndex(graph));
}

/** The summary of the given edges between `a` and `b` (keys sorted by the caller). */
export function summarize(
  graph: EntenteGraph,
  a: string,
  b: string,
  edges: string[],
  mediation: MediationIndex,
  keep: (piece: EvidenceRef) => boolean = () => true,
): RelationshipSummary {
  const counts = Object.fromEntries(
    RELATION_KINDS.map((kind) => [kind, { relations: 0, evidence: 0 }]),
  ) as Record<RelationKind, TieCount>;
  let alignment = 0;
  let hostility = 0;
  for (const key of edges) {
    const edge = graph.getEdgeAttributes(key);
    // `keep` narrows the evidence (a time bucket); a relation counts where any of its evidence is kept.
    const evidence = edge.evidence.filter(keep);
    if (evidence.length === 0) continue;
    const kind = relationKindOf(edge.type);
    counts[kind].relations += 1;
    counts[kind].evidence += evidence.length;
    const [source, target] = graph.extremities(key);
    const mass = evidence
      .filter((piece) => mediation.leansScore(edge, source, target, piece))
      .reduce((sum, piece) => sum + (piece.confidence ?? 1), 0);
    if (kind === 'alignment') alignment += mass;
    if (kind === 'hostility') hostility += mass;
  }
  const signed = alignment + hostility;
  const score =
    signed > 0 ? (TIE_WEIGHTS.alignment * alignment + TIE_WEIGHTS.hostility * hostility) / signed : 0;
  return { a, b, score, label: labelOf(counts, alignment, hostility), counts, edges };
}

function labelOf(
  counts: Record<RelationKind, TieCount>,
  alignment: number,
  hostility: number,
): RelationshipLabel {
  const inContact = counts.engagement.relations > 0;
  const signed = alignment + hostility;
  // Roles alone (who represents whom) are no tie, nor is evidence read with confidence 0.
  if (signed === 0) return inContact ? 'engaged' : 'none';
  if (Math.min(alignment, hostility) / signed >= MIXED_MINORITY_SHARE) return 'mixed';
  if (alignment > hostility) return 'allied';
  return alignment > 0 || inContact ? 'strained' : 'hostile';
}

/** Pieces of alignment and hostility evidence: what the score stands on, and what rankings weigh it by. */
export function signedEvidence(summary: RelationshipSummary): number {
  return summary.counts.alignment.evidence + summary.counts.hostility.evidence;
}
