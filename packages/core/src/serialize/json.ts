import type { SerializedGraph } from 'graphology-types';
import { createEntenteGraph } from '../graph/create.js';
import type {
  ActorNodeAttributes,
  GraphAttributes,
  QuotedGraph,
  RelationEdgeAttributes,
} from '../graph/types.js';
import { isActorKind } from '../ontology/actors.js';
import type { Evidence } from '../ontology/documents.js';
import { isRelationType, polarityOf } from '../ontology/relations.js';

/** An Entente graph in graphology's serialization format (what `graph.export()` returns). */
export type SerializedEntenteGraph = SerializedGraph<
  ActorNodeAttributes,
  RelationEdgeAttributes<Evidence>,
  GraphAttributes
>;

/** Raised by `fromJSON` when data is not a serialized Entente graph; the message says what is wrong where. */
export class SerializedGraphError extends Error {
  override name = 'SerializedGraphError';
}

/** The graph in graphology's export format, as plain JSON-safe data with every attribute. */
export function toJSON(graph: QuotedGraph): SerializedEntenteGraph {
  // graph.export() shares attribute objects with the live graph; copying what is mutable (arrays and
  // evidence) detaches the result at a fraction of the cost of a JSON round trip.
  const data = graph.export();
  const documents = graph.getAttribute('documents');
  return {
    ...data,
    attributes: { ...data.attributes, documents: [...documents] },
    nodes: data.nodes.map(({ key, attributes }) => ({
      key,
      attributes: attributes && {
        ...attributes,
        aliases: [...attributes.aliases],
        documents: [...attributes.documents],
      },
    })),
    edges: data.edges.map((edge) => ({
      ...edge,
      attributes: edge.attributes && {
        ...edge.attributes,
        evidence: edge.attributes.evidence.map((piece) => ({ ...piece })),
      },
    })),
  };
}

/**
 * Rebuilds a graph from `toJSON` output. The data usually comes from a file, so its shape is checked
 * and problems are reported as `SerializedGraphError` naming the offending node or edge.
 */
export function fromJSON(data: unknown): QuotedGraph {
  if (!isRecord(data)) throw new SerializedGraphError('expected a JSON object with "nodes" and "edges"');
  const { nodes, edges, attributes } = data;
  if (!Array.isArray(nodes)) throw new SerializedGraphError('"nodes" must be an array');
  if (edges !== undefined && !Array.isArray(edges))
    throw new SerializedGraphError('"edges" must be an array');

  const graph = createEntenteGraph<Evidence>();
  if (isRecord(attributes)) {
    graph.replaceAttributes({
      ...attributes,
      documents: Array.isArray(attributes.documents) ? attributes.documents.map(String) : [],
    } as GraphAttributes);
  }
  nodes.forEach((node, index) => {
    if (!isRecord(node) || typeof node.key !== 'string') {
      throw new SerializedGraphError(`nodes[${index}]: expected an object with a string "key"`);
    }
    if (graph.hasNode(node.key))
      throw new SerializedGraphError(`nodes[${index}]: duplicate node "${node.key}"`);
    graph.addNode(node.key, nodeAttributes(node.key, node.attributes));
  });
  (edges ?? []).forEach((edge: unknown, index: number) => {
    if (!isRecord(edge) || typeof edge.source !== 'string' || typeof edge.target !== 'string') {
      throw new SerializedGraphError(`edges[${index}]: expected an object with string "source" and "target"`);
    }
    const where = `edges[${index}] (${edge.source} → ${edge.target})`;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) {
      throw new SerializedGraphError(`${where}: unknown source or target node`);
    }
    if (edge.source === edge.target) throw new SerializedGraphError(`${where}: self-loop`);
    const key = typeof edge.key === 'string' ? edge.key : undefined;
    if (key !== undefined && graph.hasEdge(key))
      throw new SerializedGraphError(`${where}: duplicate edge "${key}"`);
    const attributes = edgeAttributes(where, edge.attributes);
    if (key === undefined) graph.addDirectedEdge(edge.source, edge.target, attributes);
    else graph.addDirectedEdgeWithKey(key, edge.source, edge.target, attributes);
  });
  return graph;
}

function nodeAttributes(key: string, raw: unknown): ActorNodeAttributes {
  const attributes = isRecord(raw) ? raw : {};
  const node: ActorNodeAttributes = {
    ...attributes,
    label: typeof attributes.label === 'string' ? attributes.label : key,
    kind: isActorKind(attributes.kind) ? attributes.kind : 'other',
    aliases: Array.isArray(attributes.aliases) ? attributes.aliases.map(String) : [],
    mentions: typeof attributes.mentions === 'number' ? attributes.mentions : 0,
    documents: Array.isArray(attributes.documents) ? attributes.documents.map(String) : [],
  };
  return node;
}

function edgeAttributes(where: string, raw: unknown): RelationEdgeAttributes<Evidence> {
  if (!isRecord(raw)) throw new SerializedGraphError(`${where}: missing attributes`);
  if (!isRelationType(raw.type))
    throw new SerializedGraphError(`${where}: unknown relation type ${JSON.stringify(raw.type)}`);
  if (!Array.isArray(raw.evidence)) throw new SerializedGraphError(`${where}: "evidence" must be an array`);
  return {
    ...raw,
    type: raw.type,
    // The type's polarity, not the stored one: files written before issue 13 call contact cooperative.
    polarity: polarityOf(raw.type),
    directed: raw.directed !== false,
    weight: typeof raw.weight === 'number' ? raw.weight : 1,
    evidence: raw.evidence,
  } as RelationEdgeAttributes<Evidence>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
