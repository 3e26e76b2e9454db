import type { ExtractionResult } from '../extract/types.js';
import type { Actor } from '../ontology/actors.js';
import {
  type ActorContribution,
  contributionOf,
  type DocumentContribution,
  type EdgeContribution,
} from './contribution.js';
import { createEntenteGraph } from './create.js';
import { distinctDocuments, evidenceSpan } from './evidence-dates.js';
import type { ActorNodeAttributes, EntenteGraph, RelationEdgeAttributes } from './types.js';

/**
 * Merges extraction results, one per document, into a graph of actors and relations.
 *
 * Each relation `(source, type, target)` is one edge keyed by `relationKey`, whatever the number of
 * articles reporting it: every report adds a piece of evidence, and the weight counts distinct documents.
 * The builder remembers what each document contributed, so `add` of a known document replaces it and
 * `removeDocument` subtracts exactly its part.
 */
export class GraphBuilder {
  readonly graph: EntenteGraph = createEntenteGraph();
  /** In insertion order, which decides whose actor description wins when documents disagree. */
  readonly #contributions = new Map<string, DocumentContribution>();
  /** The actor object each node's description was last taken from, to skip re-describing it. */
  readonly #describedBy = new Map<string, Actor>();

  /** Adds a document's relations; the same document id again replaces its earlier contribution. */
  add(result: ExtractionResult): void {
    const contribution = contributionOf(result);
    this.removeDocument(contribution.id);
    this.#contributions.set(contribution.id, contribution);
    // Appending in place (here and below) keeps building from n documents linear rather than quadratic.
    const documents = this.graph.getAttribute('documents');
    documents.push(contribution.id);
    this.graph.setAttribute('documents', documents);
    for (const actor of contribution.actors.values()) this.#addActor(contribution.id, actor);
    for (const edge of contribution.edges.values()) this.#addEdge(edge);
  }

  /** Removes everything a document contributed. Returns false when the document is unknown. */
  removeDocument(id: string): boolean {
    const contribution = this.#contributions.get(id);
    if (!contribution) return false;
    this.#contributions.delete(id);
    this.graph.updateAttribute('documents', (documents = []) => documents.filter((doc) => doc !== id));
    for (const edge of contribution.edges.values()) this.#removeEdgeEvidence(edge.key, id);
    for (const actorId of contribution.actors.keys()) this.#removeActorDocument(actorId, id);
    return true;
  }

  hasDocument(id: string): boolean {
    return this.#contributions.has(id);
  }

  /** Ids of the documents in the graph, in the order they were added. */
  documents(): string[] {
    return [...this.#contributions.keys()];
  }

  /** Keys of the edges a document contributes to, in the order it reports them (empty when unknown). */
  relationKeys(id: string): string[] {
    return [...(this.#contributions.get(id)?.edges.keys() ?? [])];
  }

  #addActor(documentId: string, { actor, mentions }: ActorContribution): void {
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

  #addEdge(edge: EdgeContribution): void {
    const graph = this.graph;
    if (!graph.hasEdge(edge.key)) {
      graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, {
        type: edge.type,
        polarity: edge.polarity,
        directed: edge.directed,
        weight: 1,
        evidence: [...edge.evidence],
        ...evidenceSpan(edge.evidence),
      });
      return;
    }
    const current = graph.getEdgeAttributes(edge.key);
    current.evidence.push(...edge.evidence);
    const span = evidenceSpan(edge.evidence);
    const update: Partial<RelationEdgeAttributes> = {
      weight: current.weight + 1,
      evidence: current.evidence,
    };
    if (span.firstSeen && (!current.firstSeen || span.firstSeen < current.firstSeen))
      update.firstSeen = span.firstSeen;
    if (span.lastSeen && (!current.lastSeen || span.lastSeen > current.lastSeen))
      update.lastSeen = span.lastSeen;
    graph.mergeEdgeAttributes(edge.key, update);
  }

  #removeEdgeEvidence(key: string, documentId: string): void {
    const graph = this.graph;
    if (!graph.hasEdge(key)) return;
    const { type, polarity, directed, evidence } = graph.getEdgeAttributes(key);
    const remaining = evidence.filter((piece) => piece.document !== documentId);
    if (remaining.length === 0) {
      graph.dropEdge(key);
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
      return;
    }
    // Recompute from the remaining documents rather than patching, so the result equals a fresh build.
    let description: ReturnType<typeof describeActor> | undefined;
    const aliases = new Set<string>();
    let mentions = 0;
    for (const doc of documents) {
      const contribution = this.#contributions.get(doc)?.actors.get(actorId);
      if (!contribution) continue;
      description = describeActor(contribution.actor, aliases);
      this.#describedBy.set(actorId, contribution.actor);
      mentions += contribution.mentions;
    }
    if (!description) return;
    graph.replaceNodeAttributes(actorId, { ...description, mentions, documents });
  }
}

/** Builds a graph from extraction results in one go. */
export function buildGraph(results: Iterable<ExtractionResult>): EntenteGraph {
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
