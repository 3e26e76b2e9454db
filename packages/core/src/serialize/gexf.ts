import { MultiGraph } from 'graphology';
import { write } from 'graphology-gexf';
import { KIND_COLORS, POLARITY_COLORS, rgbString } from '../common/palette.js';
import type { ActorNodeAttributes, EntenteGraph, RelationEdgeAttributes } from '../graph/types.js';

/** How many characters of the first quote the compact evidence attribute keeps. */
const QUOTE_PREVIEW = 200;

/**
 * The graph as GEXF 1.3 for Gephi: actor kind, relation type, polarity and weight as typed attributes,
 * colours by kind and polarity, node size by mentions. GEXF attributes are scalars, so evidence becomes
 * a short string (count and first quote) and lists are joined with "; ". Symmetric relations (meets,
 * cooperates) are written as undirected edges so Gephi draws them without arrows.
 */
export function toGEXF(graph: EntenteGraph): string {
  return xml10Safe(writeGEXF(graph));
}

/**
 * Characters XML 1.0 forbids anywhere, even escaped: C0 controls other than tab, line feed and carriage
 * return, lone surrogate halves, and U+FFFE/U+FFFF. Article texts may hold a few (quotes keep them), and
 * one is enough for Gephi and every other XML parser to refuse the whole file.
 */
const NOT_XML_10 =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Drops the characters XML 1.0 cannot carry. The markup itself never contains them, so this only
 * touches text and attribute values; there is no escape for them in XML 1.0 to use instead.
 */
function xml10Safe(xml: string): string {
  return xml.replace(NOT_XML_10, '');
}

function writeGEXF(graph: EntenteGraph): string {
  return write(withUndirectedSymmetricRelations(graph), {
    version: '1.3',
    // Only standard meta elements: the graph's own attributes (document list) are not GEXF metadata.
    pedantic: true,
    formatNode: (_key, attributes) => ({
      label: attributes.label,
      viz: {
        color: rgbString(KIND_COLORS[attributes.kind] ?? KIND_COLORS.other),
        size: 5 + Math.sqrt(attributes.mentions),
      },
      attributes: {
        kind: attributes.kind,
        affiliation: attributes.affiliation ?? '',
        aliases: attributes.aliases.join('; '),
        mentions: attributes.mentions,
        documents: attributes.documents.length,
      },
    }),
    formatEdge: (_key, attributes) => ({
      label: attributes.type,
      weight: attributes.weight,
      viz: { color: rgbString(POLARITY_COLORS[attributes.polarity]), thickness: attributes.weight },
      attributes: {
        type: attributes.type,
        polarity: attributes.polarity,
        directed: attributes.directed,
        evidenceCount: attributes.evidence.length,
        evidence: summarizeEvidence(attributes),
        firstSeen: attributes.firstSeen ?? '',
        lastSeen: attributes.lastSeen ?? '',
      },
    }),
  });
}

/** A mixed copy of the graph where edges of undirected relation types are undirected. */
function withUndirectedSymmetricRelations(
  graph: EntenteGraph,
): MultiGraph<ActorNodeAttributes, RelationEdgeAttributes> {
  const mixed = new MultiGraph<ActorNodeAttributes, RelationEdgeAttributes>();
  graph.forEachNode((node, attributes) => {
    mixed.addNode(node, attributes);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.directed) mixed.addDirectedEdgeWithKey(edge, source, target, attributes);
    else mixed.addUndirectedEdgeWithKey(edge, source, target, attributes);
  });
  return mixed;
}

function summarizeEvidence({ evidence }: RelationEdgeAttributes): string {
  const first = evidence[0];
  if (!first) return '';
  const quote = first.quote.replace(/\s+/g, ' ').trim();
  const preview = quote.length > QUOTE_PREVIEW ? `${quote.slice(0, QUOTE_PREVIEW - 1)}…` : quote;
  return `${evidence.length} × ${first.document}#${first.sentence}: ${preview}`;
}
