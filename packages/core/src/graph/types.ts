import type { MultiDirectedGraph } from 'graphology';
import type { ActorKind } from '../ontology/actors.js';
import type { Evidence } from '../ontology/documents.js';
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

export interface RelationEdgeAttributes {
  type: RelationType;
  polarity: Polarity;
  directed: boolean;
  /** Number of distinct documents that report the relation. */
  weight: number;
  evidence: Evidence[];
  /** Earliest and latest evidence dates (ISO), when known. */
  firstSeen?: string;
  lastSeen?: string;
}

export interface GraphAttributes {
  name?: string;
  /** Ids of the documents the graph was built from. */
  documents: string[];
}

export type EntenteGraph = MultiDirectedGraph<ActorNodeAttributes, RelationEdgeAttributes, GraphAttributes>;
