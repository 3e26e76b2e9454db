import type { MultiDirectedGraph } from 'graphology';
import type { ActorKind } from '../ontology/actors.js';
import type { Evidence, EvidenceRef } from '../ontology/documents.js';
import type { Polarity, RelationType } from '../ontology/relations.js';

export interface ActorNodeAttributes {
  label: string;
  kind: ActorKind;
  aliases: string[];
  /** Person → the state or organization they act for. */
  affiliation?: string;
  /** How many times the actor is mentioned across documents. */
  mentions: number;
  /** Ids of the documents that mention the actor. */
  documents: string[];
}

/**
 * A relation edge. `E` is what it keeps of each piece of evidence: at least an `EvidenceRef` (a server's
 * graph keeps no more); a graph built for export or for the CLI keeps whole `Evidence`, quotes included.
 */
export interface RelationEdgeAttributes<E extends EvidenceRef = EvidenceRef> {
  type: RelationType;
  polarity: Polarity;
  directed: boolean;
  /** Number of distinct documents that report the relation. */
  weight: number;
  evidence: E[];
  /** Earliest and latest evidence dates (ISO), when known. */
  firstSeen?: string;
  lastSeen?: string;
}

export interface GraphAttributes {
  name?: string;
  /** Ids of the documents the graph was built from. */
  documents: string[];
}

/** The graph of actors and relations; analytics read any graph, whatever it keeps of the evidence. */
export type EntenteGraph<E extends EvidenceRef = EvidenceRef> = MultiDirectedGraph<
  ActorNodeAttributes,
  RelationEdgeAttributes<E>,
  GraphAttributes
>;

/** A graph whose edges keep every piece of evidence whole (quotes, offsets, about phrases): what exports write. */
export type QuotedGraph = EntenteGraph<Evidence>;
