import type { ExtractionResult } from '../extract/types.js';
import type { Actor } from '../ontology/actors.js';
import type { Evidence, EvidenceRef } from '../ontology/documents.js';
import { ActorTable } from './actor-table.js';
import { contributionOf, type DocumentReport, type EdgeContribution } from './contribution.js';
import { createEntenteGraph } from './create.js';
import { distinctDocuments, evidenceSpan } from './evidence-dates.js';
import type { ActorNodeAttributes, EntenteGraph, RelationEdgeAttributes } from './types.js';

export interface GraphBuilderOptions<E extends EvidenceRef> {
  /**
   * What an edge keeps of each piece of evidence. Default: all of it. A server passes `evidenceRef`, so
   * that its graph holds no quotes (it reads them back from its store when asked).
   */
  evidence?: (piece: Evidence) => E;
}

/**
 * Merges extraction results, one per document, into a graph of actors and relations.
 *
 * Each relation `(source, type, target)` is one edge keyed by `relationKey`, whatever the number of
 * articles reporting it: every report adds a piece of evidence, and the weight counts distinct documents.
 * The builder remembers what each document contributed, so `add` of a known document replaces it and
 * `removeDocument` subtracts exactly its part. What it remembers is a compact footprint (shared actor
 * descriptions, shared edge keys, mention counts): a server holding a million documents keeps one.
 */
export class GraphBuilder<E extends EvidenceRef = Evidence> {
  readonly graph: EntenteGraph<E> = createEntenteGraph<E>();
  readonly #keep: (piece: Evidence) => E;
  /** In insertion order, which decides whose actor description wins when documents disagree. */
  readonly #footprints = new Map<string, DocumentFootprint>();
  /** The actor object each node's description was last taken from, to skip re-describing it. */
  readonly #describedBy = new Map<string, Actor>();
  readonly #actors = new ActorTable();
  /** Each edge's key as one string, shared by the footprints of the documents reporting it. */
  readonly #edgeKeys = new Map<string, string>();

  constructor(options: GraphBuilderOptions<E> = {}) {
    // Without a projection every piece is kept as it is: E is then Evidence.
    this.#keep = options.evidence ?? ((piece) => piece as unknown as E);
  }

  /** Adds a document's relations; the same document id again replaces its earlier contribution. */
  add(result: DocumentReport): void {
    const contribution = contributionOf(result);
    const { id } = contribution;
    this.removeDocument(id);
    // Arrays made by `map` have exactly their length; grown by `push`, each would reserve spare slots.
    const named = [...contribution.actors.values()];
    const actors = named.map(({ actor }) => this.#actors.intern(actor));
    const mentions = named.map((entry) => entry.mentions);
    // Appending in place (here and below) keeps building from n documents linear rather than quadratic.
    const documents = this.graph.getAttribute('documents');
    documents.push(id);
    this.graph.setAttribute('documents', documents);
    actors.forEach((actor, index) => {
      this.#addActor(id, actor, mentions[index]!);
    });
    const edges = [...contribution.edges.values()].map((edge) => this.#addEdge(edge));
    this.#footprints.set(id, { actors, mentions, edges });
  }

  /** Removes everything a document contributed. Returns false when the document is unknown. */
  removeDocument(id: string): boolean {
    const footprint = this.#footprints.get(id);
    if (!footprint) return false;
    this.#footprints.delete(id);
    this.graph.updateAttribute('documents', (documents = []) => documents.filter((doc) => doc !== id));
    for (const key of footprint.edges) this.#removeEdgeEvidence(key, id);
    for (const actor of footprint.actors) this.#removeActorDocument(actor.id, id);
    return true;
  }

  hasDocument(id: string): boolean {
    return this.#footprints.has(id);
  }

  /** Ids of the documents in the graph, in the order they were added. */
  documents(): string[] {
    return [...this.#footprints.keys()];
  }

  /** Keys of the edges a document contributes to, in the order it reports them (empty when unknown). */
  relationKeys(id: string): string[] {
    return [...(this.#footprints.get(id)?.edges ?? [])];
  }

  /** Ids of the actors a document names, related or not, in the order it names them (empty when unknown). */
  actorIds(id: string): string[] {
    return this.#footprints.get(id)?.actors.map((actor) => actor.id) ?? [];
  }

  #addActor(documentId: string, actor: Actor, mentions: number): void {
    const graph = this.graph;
    if (!graph.hasNode(actor.id)) {
      this.#describedBy.set(actor.id, actor);
      graph.addNode(actor.id, { ...describeActor(actor, new Set()), mentions, documents: [documentId] });
      return;
    }
    const current = graph.getNodeAttributes(actor.id);
    current.documents.push(documentId);
    if (this.#describedBy.get(actor.id) === actor) {
      // Same gazetteer entry as last time (the usual case): only the counts change.
      graph.mergeNodeAttributes(actor.id, {
        mentions: current.mentions + mentions,
        documents: current.documents,
      });
      return;
    }
    this.#describedBy.set(actor.id, actor);
    graph.replaceNodeAttributes(actor.id, {
      ...describeActor(actor, new Set(current.aliases)),
      mentions: current.mentions + mentions,
      documents: current.documents,
    });
  }

  /** Adds a document's evidence for an edge; returns the edge's shared key. */
  #addEdge(edge: EdgeContribution): string {
    const graph = this.graph;
    const known = this.#edgeKeys.get(edge.key);
    const evidence = edge.evidence.map(this.#keep);
    if (known === undefined) {
      this.#edgeKeys.set(edge.key, edge.key);
      graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, {
        type: edge.type,
        polarity: edge.polarity,
        directed: edge.directed,
        weight: 1,
        evidence,
        ...evidenceSpan(evidence),
      });
      return edge.key;
    }
    const current = graph.getEdgeAttributes(edge.key);
    current.evidence.push(...evidence);
    const span = evidenceSpan(evidence);
    const update: Partial<RelationEdgeAttributes<E>> = {
      weight: current.weight + 1,
      evidence: current.evidence,
    };
    if (span.firstSeen && (!current.firstSeen || span.firstSeen < current.firstSeen))
      update.firstSeen = span.firstSeen;
    if (span.lastSeen && (!current.lastSeen || span.lastSeen > current.lastSeen))
      update.lastSeen = span.lastSeen;
    graph.mergeEdgeAttributes(edge.key, update);
    return known;
  }

  #removeEdgeEvidence(key: string, documentId: string): void {
    const graph = this.graph;
    if (!graph.hasEdge(key)) return;
    const { type, polarity, directed, evidence } = graph.getEdgeAttributes(key);
    const remaining = evidence.filter((piece) => piece.document !== documentId);
    if (remaining.length === 0) {
      graph.dropEdge(key);
      this.#edgeKeys.delete(key);
      return;
    }
    graph.replaceEdgeAttributes(key, {
      type,
      polarity,
      directed,
      weight: distinctDocuments(remaining),
      evidence: remaining,
      ...evidenceSpan(remaining),
    });
  }

  #removeActorDocument(actorId: string, documentId: string): void {
    const graph = this.graph;
    if (!graph.hasNode(actorId)) return;
    const documents = graph.getNodeAttribute(actorId, 'documents').filter((doc) => doc !== documentId);
    if (documents.length === 0) {
      // Any edge still touching the actor would come from a document that also lists the actor.
      graph.dropNode(actorId);
      this.#describedBy.delete(actorId);
      this.#actors.forget(actorId);
      return;
    }
    // Recompute from the remaining documents rather than patching, so the result equals a fresh build.
    let description: ReturnType<typeof describeActor> | undefined;
    const aliases = new Set<string>();
    let mentions = 0;
    for (const doc of documents) {
      const footprint = this.#footprints.get(doc);
      const index = footprint?.actors.findIndex((actor) => actor.id === actorId) ?? -1;
      if (index < 0) continue;
      const actor = footprint!.actors[index]!;
      description = describeActor(actor, aliases);
      this.#describedBy.set(actorId, actor);
      mentions += footprint!.mentions[index]!;
    }
    if (!description) return;
    graph.replaceNodeAttributes(actorId, { ...description, mentions, documents });
  }
}

/**
 * What the builder keeps of a document once its evidence is in the graph: the actors it names (shared
 * descriptions) with its mentions of each, and the keys of the edges it reports, in the order it reports
 * them. Its evidence is found again in those edges by document id.
 */
interface DocumentFootprint {
  actors: Actor[];
  /** `mentions[i]` is how often the document mentions `actors[i]`. */
  mentions: number[];
  edges: string[];
}

/** Builds a graph from extraction results in one go. */
export function buildGraph(results: Iterable<ExtractionResult>): EntenteGraph<Evidence> {
  const builder = new GraphBuilder();
  for (const result of results) builder.add(result);
  return builder.graph;
}

/**
 * The descriptive node attributes of an actor. `aliases` accumulates the aliases already known so that
 * different documents (or gazetteers) describing the same actor add up instead of overwriting each other.
 */
function describeActor(
  actor: Actor,
  aliases: Set<string>,
): Pick<ActorNodeAttributes, 'label' | 'kind' | 'aliases' | 'affiliation'> {
  for (const alias of actor.aliases ?? []) aliases.add(alias);
  const description: Pick<ActorNodeAttributes, 'label' | 'kind' | 'aliases' | 'affiliation'> = {
    label: actor.name,
    kind: actor.kind,
    aliases: [...aliases],
  };
  // A person without an explicit affiliation acts for whoever their (first) role belongs to.
  const affiliation = actor.affiliation ?? actor.roles?.find((role) => role.of)?.of;
  if (affiliation) description.affiliation = affiliation;
  return description;
}
