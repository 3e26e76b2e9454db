import type { EntenteGraph } from '../graph/types.js';
import type { EvidenceRef } from '../ontology/documents.js';
import { relationKindOf } from '../ontology/relations.js';

/**
 * Mediation is a three-way fact: a mediator has one `mediates` relation with each party and is in contact
 * with each, not aligned with it. A sentence reporting a mediation often also reads as the mediator
 * working with the parties ("Egypt, through its security channels with both Israel and Hamas, has served
 * as a key intermediary"): that alignment is the mediation's channel, not a stance, and must not make the
 * mediator an ally of both sides. `leansScore` tells the pieces of alignment evidence that count.
 */
export class MediationIndex {
  /** `mediator \0 party \0 document \0 sentence` of every mediation reading. */
  readonly #sentences = new Set<string>();

  constructor(graph: EntenteGraph) {
    graph.forEachEdge((_edge, attributes, source, target) => {
      if (attributes.type !== 'mediates') return;
      for (const piece of attributes.evidence) this.#sentences.add(sentenceKey(source, target, piece));
    });
  }

  /**
   * Whether a piece of evidence of an edge counts towards the relationship score: always, except
   * alignment read in a sentence that reports the edge's source mediating for its target (either end
   * for an undirected relation such as `cooperates`). "Hamas thanked Turkey for its mediation" still
   * counts: there the party aligns with the mediator.
   */
  leansScore(
    attributes: { type: Parameters<typeof relationKindOf>[0]; directed: boolean },
    source: string,
    target: string,
    piece: EvidenceRef,
  ): boolean {
    if (relationKindOf(attributes.type) !== 'alignment') return true;
    if (this.#sentences.has(sentenceKey(source, target, piece))) return false;
    return attributes.directed || !this.#sentences.has(sentenceKey(target, source, piece));
  }
}

function sentenceKey(mediator: string, party: string, piece: EvidenceRef): string {
  return `${mediator}\u0000${party}\u0000${piece.document}\u0000${piece.sentence}`;
}

/** A third party's mediation between two actors: the mediator has a `mediates` relation with each. */
export interface Mediation {
  mediator: string;
  parties: [string, string];
  /** Keys of the mediator's `mediates` relations with the two parties. */
  relations: string[];
  /** Pieces of evidence behind those relations. */
  evidence: number;
}

/**
 * The third parties that mediate between `a` and `b`, most evidenced first: each has a `mediates`
 * relation with both. This is the three-way fact behind two `mediates` edges, shown as such so that a
 * reader sees "Egypt mediates between Israel and Hamas" rather than two contacts.
 */
export function mediatorsBetween(graph: EntenteGraph, a: string, b: string): Mediation[] {
  if (!graph.hasNode(a) || !graph.hasNode(b)) return [];
  const mediations: Mediation[] = [];
  for (const mediator of graph.inNeighbors(a)) {
    if (mediator === b || !graph.hasNode(mediator)) continue;
    const withA = graph
      .edges(mediator, a)
      .filter((edge) => graph.getEdgeAttribute(edge, 'type') === 'mediates');
    if (withA.length === 0) continue;
    const withB = graph
      .edges(mediator, b)
      .filter((edge) => graph.getEdgeAttribute(edge, 'type') === 'mediates');
    if (withB.length === 0) continue;
    const relations = [...withA, ...withB];
    const evidence = relations.reduce(
      (sum, edge) => sum + graph.getEdgeAttribute(edge, 'evidence').length,
      0,
    );
    mediations.push({ mediator, parties: [a, b], relations, evidence });
  }
  return mediations.sort((x, y) => y.evidence - x.evidence || (x.mediator < y.mediator ? -1 : 1));
}
