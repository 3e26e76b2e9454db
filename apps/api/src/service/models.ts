import type { Actor, ActorKind, EntenteGraph, Evidence, Polarity, RelationType } from '@entente/core';
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
}

/** A relation edge with its endpoints, as read from a graph at one moment. */
export interface RelationModel {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  polarity: Polarity;
  directed: boolean;
  weight: number;
  firstSeen?: string;
  lastSeen?: string;
  evidence: Evidence[];
}

/** A document's metadata; its text is loaded from the store only when asked for. */
export type DocumentModel = Omit<DocumentSummary, 'seq'>;

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
  const relation: RelationModel = {
    id: key,
    source: graph.source(key),
    target: graph.target(key),
    type: attributes.type,
    polarity: attributes.polarity,
    directed: attributes.directed,
    weight: attributes.weight,
    evidence: attributes.evidence,
  };
  if (attributes.firstSeen) relation.firstSeen = attributes.firstSeen;
  if (attributes.lastSeen) relation.lastSeen = attributes.lastSeen;
  return relation;
}
