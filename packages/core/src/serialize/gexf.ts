import { KIND_COLORS, POLARITY_COLORS, rgbOf } from '../common/palette.js';
import type { ActorNodeAttributes, QuotedGraph, RelationEdgeAttributes } from '../graph/types.js';
import type { Evidence } from '../ontology/documents.js';
import { relationKindOf } from '../ontology/relations.js';

/** Where each actor sits, as a layout placed it. */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

export interface GEXFOptions {
  /** Node positions (the map's layout); without them the nodes carry no position. */
  positions?: Positions;
  /** A title for the file's metadata, e.g. the filter the graph was cut with. */
  description?: string;
}

/** A GEXF attribute column: its id (also its title) and its GEXF type. */
type Column<A> = {
  id: string;
  type: 'string' | 'integer' | 'double' | 'boolean';
  value: (attributes: A) => unknown;
};

const NODE_COLUMNS: Column<ActorNodeAttributes>[] = [
  { id: 'kind', type: 'string', value: (a) => a.kind },
  { id: 'affiliation', type: 'string', value: (a) => a.affiliation ?? '' },
  { id: 'aliases', type: 'string', value: (a) => a.aliases.join('; ') },
  { id: 'mentions', type: 'integer', value: (a) => a.mentions },
  { id: 'documents', type: 'integer', value: (a) => a.documents.length },
];

const EDGE_COLUMNS: Column<RelationEdgeAttributes<Evidence>>[] = [
  { id: 'type', type: 'string', value: (a) => a.type },
  { id: 'kind', type: 'string', value: (a) => relationKindOf(a.type) },
  { id: 'polarity', type: 'string', value: (a) => a.polarity },
  { id: 'directed', type: 'boolean', value: (a) => a.directed },
  { id: 'evidenceCount', type: 'integer', value: (a) => a.evidence.length },
  { id: 'evidence', type: 'string', value: (a) => JSON.stringify(a.evidence.map(evidenceRecord)) },
  { id: 'firstSeen', type: 'string', value: (a) => a.firstSeen ?? '' },
  { id: 'lastSeen', type: 'string', value: (a) => a.lastSeen ?? '' },
];

/**
 * The graph as GEXF 1.3, for Gephi and for any tool that reads GEXF (graphology, networkx, igraph):
 * - one edge type: every edge is directed, as read (source → target), and the `directed` attribute says
 *   whether the relation's type has a direction at all (meets, cooperates do not). Mixing undirected
 *   edges into a directed graph is legal GEXF but networkx and others refuse it;
 * - a dynamic graph: each edge holds one spell per day it has dated evidence, so Gephi's timeline shows
 *   a relation on the days it was reported (undated evidence has no spell; an edge without dated
 *   evidence is always there). Nodes are static: they appear with their edges;
 * - every piece of evidence, as a JSON array in the `evidence` attribute (document, sentence, offsets,
 *   date, confidence, quote), since GEXF attributes are scalars;
 * - colours from the one palette (nodes by actor kind, edges by polarity), node size by mentions, edge
 *   thickness by weight, and positions when a layout is given.
 */
export function toGEXF(graph: QuotedGraph, options: GEXFOptions = {}): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
  );
  out.push(`  <meta lastmodifieddate="${new Date().toISOString().slice(0, 10)}">`);
  out.push('    <creator>Entente</creator>');
  if (options.description) out.push(`    <description>${text(options.description)}</description>`);
  out.push('  </meta>');
  out.push('  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
  writeColumns(out, 'node', NODE_COLUMNS);
  writeColumns(out, 'edge', EDGE_COLUMNS);

  out.push('    <nodes>');
  graph.forEachNode((node, attributes) => {
    out.push(`      <node id="${text(node)}" label="${text(attributes.label)}">`);
    writeValues(out, NODE_COLUMNS, attributes);
    out.push(`        ${color(KIND_COLORS[attributes.kind] ?? KIND_COLORS.other)}`);
    const position = options.positions?.get(node);
    if (position) out.push(`        <viz:position x="${round(position.x)}" y="${round(position.y)}" z="0"/>`);
    out.push(`        <viz:size value="${round(5 + Math.sqrt(attributes.mentions))}"/>`);
    out.push('      </node>');
  });
  out.push('    </nodes>');

  out.push('    <edges>');
  graph.forEachEdge((edge, attributes, source, target) => {
    out.push(
      `      <edge id="${text(edge)}" source="${text(source)}" target="${text(target)}" ` +
        `label="${attributes.type}" weight="${attributes.weight}">`,
    );
    writeValues(out, EDGE_COLUMNS, attributes);
    const days = [...new Set(attributes.evidence.map((e) => e.date?.slice(0, 10)).filter(isDay))].sort();
    if (days.length > 0) {
      out.push('        <spells>');
      for (const day of days) out.push(`          <spell start="${day}" end="${day}"/>`);
      out.push('        </spells>');
    }
    out.push(`        ${color(POLARITY_COLORS[attributes.polarity])}`);
    out.push(`        <viz:thickness value="${attributes.weight}"/>`);
    out.push('      </edge>');
  });
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return `${out.join('\n')}\n`;
}

function writeColumns<A>(out: string[], kind: 'node' | 'edge', columns: Column<A>[]): void {
  out.push(`    <attributes class="${kind}" mode="static">`);
  for (const { id, type } of columns) out.push(`      <attribute id="${id}" title="${id}" type="${type}"/>`);
  out.push('    </attributes>');
}

function writeValues<A>(out: string[], columns: Column<A>[], attributes: A): void {
  out.push('        <attvalues>');
  for (const { id, value } of columns) {
    out.push(`          <attvalue for="${id}" value="${text(String(value(attributes)))}"/>`);
  }
  out.push('        </attvalues>');
}

function evidenceRecord(evidence: Evidence) {
  return {
    document: evidence.document,
    sentence: evidence.sentence,
    start: evidence.start,
    end: evidence.end,
    ...(evidence.date ? { date: evidence.date } : {}),
    confidence: evidence.confidence,
    quote: evidence.quote,
    ...(evidence.about ? { about: evidence.about.text } : {}),
  };
}

function isDay(value: string | undefined): value is string {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function color(hex: string): string {
  const [r, g, b] = rgbOf(hex);
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Characters XML 1.0 forbids anywhere, even escaped: C0 controls other than tab, line feed and carriage
 * return, lone surrogate halves, and U+FFFE/U+FFFF. Article texts may hold a few (quotes keep them), and
 * one is enough for Gephi and every other XML parser to refuse the whole file, so they are dropped: XML
 * 1.0 has no escape for them.
 */
const NOT_XML_10 =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or an attribute value, escaped for XML (quotes and line breaks too, so attributes keep them). */
function text(value: string): string {
  return value
    .replace(NOT_XML_10, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
