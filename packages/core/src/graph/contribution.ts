import type { ExtractedRelation, Mention } from '../extract/types.js';
import type { Actor, ActorKind } from '../ontology/actors.js';
import type { Article, Evidence } from '../ontology/documents.js';
import { orientRelation, relationKey } from '../ontology/relation-key.js';
import { isDirected, type Polarity, polarityOf, type RelationType } from '../ontology/relations.js';

/** What one document says about one actor. */
export interface ActorContribution {
  actor: Actor;
  mentions: number;
}

/** What one document says about one relation (already oriented and keyed). */
export interface EdgeContribution {
  key: string;
  source: string;
  target: string;
  type: RelationType;
  polarity: Polarity;
  directed: boolean;
  /** Deduplicated on the sentence and on the quote, and sorted by sentence. */
  evidence: Evidence[];
}

/**
 * Everything a document adds to the graph. The builder keeps one per document so that removing or
 * replacing a document subtracts exactly what it added, instead of guessing from merged attributes.
 */
export interface DocumentContribution {
  id: string;
  date?: string;
  actors: Map<string, ActorContribution>;
  edges: Map<string, EdgeContribution>;
}

/**
 * What a graph is built from, of one document: an extraction result needs no more (no text, no sentence
 * boundaries), so a server rebuilding its graph from a store reads neither.
 */
export interface DocumentReport {
  article: Pick<Article, 'id' | 'publishedAt'>;
  relations: readonly ExtractedRelation[];
  actors: readonly Actor[];
  mentions: readonly Mention[];
}

/** Reduces an extraction result to its contribution: actors with mention counts, and evidence per edge key. */
export function contributionOf(result: DocumentReport): DocumentContribution {
  const id = result.article.id;
  const actors = new Map<string, ActorContribution>();
  const ensureActor = (actorId: string): ActorContribution => {
    let entry = actors.get(actorId);
    if (!entry) {
      // The extractor lists every actor it resolved; this fallback only keeps the graph consistent
      // when a producer forgets one (an edge needs both endpoints as nodes).
      entry = { actor: { id: actorId, name: actorId, kind: 'other' satisfies ActorKind }, mentions: 0 };
      actors.set(actorId, entry);
    }
    return entry;
  };

  for (const actor of result.actors) {
    const existing = actors.get(actor.id);
    if (existing) existing.actor = actor;
    else actors.set(actor.id, { actor, mentions: 0 });
  }
  for (const mention of result.mentions) ensureActor(mention.actorId).mentions += 1;

  for (const relation of result.relations) {
    if (relation.source === relation.target) continue;
    ensureActor(relation.source);
    ensureActor(relation.target);
  }
  const edges = edgesOf(id, result.relations);
  const contribution: DocumentContribution = { id, actors, edges };
  if (result.article.publishedAt) contribution.date = result.article.publishedAt;
  return contribution;
}

/**
 * A document's relations as edges with their evidence, keyed by relation key: which reading of a
 * sentence is a piece of evidence is decided here only, so that the evidence a graph counts and the
 * evidence a server reads back from a stored extraction (`edgesOf(id, stored.relations)`) are the same.
 */
export function edgesOf(id: string, relations: readonly ExtractedRelation[]): Map<string, EdgeContribution> {
  const edges = new Map<string, EdgeContribution>();
  const seenEvidence = new Set<string>();
  for (const relation of relations) {
    // A relation of an actor with itself says nothing about the network between actors.
    if (relation.source === relation.target) continue;
    const key = relationKey(relation.source, relation.type, relation.target);
    // Both readings of one sentence are one piece of evidence; so is one sentence printed twice (articles
    // often repeat their standfirst above the body), hence the second key on the quote.
    const sentenceKey = `${key}#s${relation.evidence.sentence}`;
    const quoteKey = `${key}#q${relation.evidence.quote}`;
    let edge = edges.get(key);
    if (!edge) {
      const [source, target] = orientRelation(relation.source, relation.type, relation.target);
      edge = {
        key,
        source,
        target,
        type: relation.type,
        // The edge is keyed by type, so its polarity is the type's, whatever a single reading said.
        polarity: polarityOf(relation.type),
        directed: isDirected(relation.type),
        evidence: [],
      };
      edges.set(key, edge);
    }
    if (seenEvidence.has(sentenceKey) || seenEvidence.has(quoteKey)) continue;
    seenEvidence.add(sentenceKey).add(quoteKey);
    // Evidence always points at the document it came from (removal relies on it), by the document's own
    // id string: read back from a store, every piece would otherwise hold a copy of it.
    edge.evidence.push({ ...relation.evidence, document: id });
  }
  for (const edge of edges.values())
    edge.evidence.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  return edges;
}
