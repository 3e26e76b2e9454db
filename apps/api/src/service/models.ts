import type {
  Actor,
  ActorKind,
  EntenteGraph,
  EvidenceRef,
  Polarity,
  RelationEdgeAttributes,
  RelationshipSummary,
  RelationType,
  shortestPath,
} from '@entente/core';
import type { DocumentSummary } from '../store/types.js';

/** An actor as the API shows it: a graph node, or a gazetteer entry the graph does not (yet) hold. */
export interface ActorModel {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Id of the state or organization a person acts for. */
  affiliation?: string;
  mentions: number;
  /** Ids of the documents that mention the actor. */
  documents: string[];
  /** The graph a filter narrowed the actor's relations to (`actor(id, filter)`); the live graph when absent. */
  within?: EntenteGraph;
}

/** A relation edge with its endpoints but not its evidence: what a drawing of the graph needs. */
export interface RelationSummaryModel {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  polarity: Polarity;
  directed: boolean;
  weight: number;
  firstSeen?: string;
  lastSeen?: string;
}

/**
 * A relation edge with its endpoints and evidence, as read from a graph at one moment. The graph keeps
 * references; the `evidence` resolver reads their quotes from the store.
 */
export interface RelationModel extends RelationSummaryModel {
  evidence: EvidenceRef[];
}

/** A relationship summary, with the graph a filter narrowed it to (the live graph when absent). */
export type RelationshipModel = RelationshipSummary & { within?: EntenteGraph };

/** A document's metadata; its text is loaded from the store only when asked for. */
export type DocumentModel = Omit<DocumentSummary, 'seq'>;

/** A Louvain community on the alignment layer, with its members' ids. */
export interface CommunityModel {
  id: number;
  size: number;
  actors: string[];
}

/** A shortest path: the actors along it and, for each step, the key of the relation walked. */
export type PathModel = NonNullable<ReturnType<typeof shortestPath>>;

export function actorFromNode(graph: EntenteGraph, id: string): ActorModel {
  const attributes = graph.getNodeAttributes(id);
  const actor: ActorModel = {
    id,
    name: attributes.label,
    kind: attributes.kind,
    aliases: attributes.aliases,
    mentions: attributes.mentions,
    documents: attributes.documents,
  };
  if (attributes.affiliation) actor.affiliation = attributes.affiliation;
  return actor;
}

export function actorFromGazetteer(entry: Actor): ActorModel {
  const actor: ActorModel = {
    id: entry.id,
    name: entry.name,
    kind: entry.kind,
    aliases: entry.aliases ?? [],
    mentions: 0,
    documents: [],
  };
  const affiliation = entry.affiliation ?? entry.roles?.find((role) => role.of)?.of;
  if (affiliation) actor.affiliation = affiliation;
  return actor;
}

export function relationFromEdge(graph: EntenteGraph, key: string): RelationModel {
  const attributes = graph.getEdgeAttributes(key);
  return {
    ...relationSummaryFromEdge(key, attributes, graph.source(key), graph.target(key)),
    evidence: attributes.evidence,
  };
}

/**
 * The summary of an edge from what graphology's edge iterators hand over (`graph.mapEdges` can pass
 * this function as is), so that walking every edge does not look each one up again.
 */
export function relationSummaryFromEdge(
  key: string,
  attributes: RelationEdgeAttributes,
  source: string,
  target: string,
): RelationSummaryModel {
  const relation: RelationSummaryModel = {
    id: key,
    source,
    target,
    type: attributes.type,
    polarity: attributes.polarity,
    directed: attributes.directed,
    weight: attributes.weight,
  };
  if (attributes.firstSeen) relation.firstSeen = attributes.firstSeen;
  if (attributes.lastSeen) relation.lastSeen = attributes.lastSeen;
  return relation;
}
