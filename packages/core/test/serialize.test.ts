import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { POLARITY_COLORS, rgbOf } from '../src/common/index.js';
import { buildGraph } from '../src/graph/index.js';
import { fromJSON, SerializedGraphError, toGEXF, toJSON } from '../src/serialize/index.js';
import { extraction } from './graph-fixtures.js';

const graph = buildGraph([
  extraction('a', {
    date: '2025-10-01',
    relations: [
      ['turkey', 'hosts', 'hamas', 0],
      ['israel', 'opposes', 'turkey', 1],
      ['hakan-fidan', 'urges', 'hamas', 2],
    ],
  }),
  extraction('b', {
    date: '2025-10-10',
    relations: [
      ['turkey', 'hosts', 'hamas', 3],
      ['egypt', 'meets', 'qatar', 1],
    ],
  }),
]);

describe('JSON', () => {
  it('round-trips every attribute', () => {
    const data = toJSON(graph);
    const restored = fromJSON(JSON.parse(JSON.stringify(data)));
    expect(toJSON(restored)).toEqual(data);
    expect(restored.getEdgeAttributes('turkey|hosts|hamas')).toEqual(
      graph.getEdgeAttributes('turkey|hosts|hamas'),
    );
    expect(restored.getNodeAttributes('hakan-fidan')).toEqual(graph.getNodeAttributes('hakan-fidan'));
    expect(restored.getAttribute('documents')).toEqual(['a', 'b']);
    expect(restored.type).toBe('directed');
    expect(restored.multi).toBe(true);
  });

  it('is detached from the live graph', () => {
    const data = toJSON(graph);
    data.nodes[0]!.attributes!.label = 'changed';
    expect(graph.getNodeAttribute(data.nodes[0]!.key, 'label')).not.toBe('changed');
  });

  it('reports malformed data with where and what', () => {
    expect(() => fromJSON(null)).toThrow(SerializedGraphError);
    expect(() => fromJSON({ edges: [] })).toThrow('"nodes" must be an array');
    expect(() =>
      fromJSON({ nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'b', attributes: {} }] }),
    ).toThrow('edges[0] (a → b): unknown source or target node');
    expect(() =>
      fromJSON({
        nodes: [{ key: 'a' }, { key: 'b' }],
        edges: [
          { source: 'a', target: 'b', attributes: { type: 'loves', polarity: 'cooperative', evidence: [] } },
        ],
      }),
    ).toThrow('unknown relation type "loves"');
  });
});

describe('GEXF', () => {
  const xml = toGEXF(graph);

  it('is GEXF 1.3 with typed attributes, one edge type and the palette’s colours', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain(
      '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"',
    );
    expect(xml).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    expect(xml).toMatch(
      /<attributes class="node" mode="static">[\s\S]*<attribute id="kind" title="kind" type="string"\/>/,
    );
    expect(xml).toMatch(
      /<attributes class="edge" mode="static">[\s\S]*<attribute id="polarity" title="polarity" type="string"\/>/,
    );
    expect(xml).toMatch(/<attribute id="evidenceCount" title="evidenceCount" type="integer"\/>/);
    expect(xml).toMatch(/<attribute id="directed" title="directed" type="boolean"\/>/);
    // No edge says its own type: networkx refuses undirected edges in a directed graph.
    expect(xml).not.toMatch(/<edge [^>]*type=/);
    expect(xml).toMatch(/<edge id="egypt\|meets\|qatar" source="egypt" target="qatar"/);
    const [r, g, b] = rgbOf(POLARITY_COLORS.conflictual);
    expect(xml).toMatch(
      new RegExp(
        `<edge id="israel\\|opposes\\|turkey"[^>]*>[\\s\\S]*?<viz:color r="${r}" g="${g}" b="${b}"/>`,
      ),
    );
  });

  it('parses back into a graph with the same nodes, edges and attributes, and every quote', () => {
    const parsed = parse(MultiGraph, xml);
    expect(parsed.nodes().sort()).toEqual(graph.nodes().sort());
    expect(parsed.edges().sort()).toEqual(graph.edges().sort());
    expect(parsed.getNodeAttributes('hakan-fidan')).toMatchObject({
      label: 'Hakan Fidan',
      kind: 'person',
      affiliation: 'turkey',
      mentions: 1,
      documents: 1,
    });
    const hosts = parsed.getEdgeAttributes('turkey|hosts|hamas');
    expect(hosts).toMatchObject({
      type: 'hosts',
      kind: 'engagement',
      polarity: 'neutral',
      weight: 2,
      evidenceCount: 2,
      directed: true,
    });
    const evidence = JSON.parse(hosts.evidence as string);
    expect(evidence).toHaveLength(2);
    expect(evidence[0]).toMatchObject({
      document: 'a',
      sentence: 0,
      quote: 'Turkey hosts Hamas (sentence 0).',
    });
    expect(hosts.firstSeen).toBe('2025-10-01');
    expect(parsed.getEdgeAttributes('egypt|meets|qatar')).toMatchObject({ directed: false });
  });
});

/** Parses XML with a strict XML 1.0 parser (the kind Gephi uses) and returns its first error, if any. */
function xmlError(xml: string): Error | undefined {
  const parser = new SaxesParser();
  let error: Error | undefined;
  parser.on('error', (found) => {
    error ??= found;
  });
  parser.write(xml).close();
  return error;
}

describe('GEXF with characters XML 1.0 forbids', () => {
  it('drops them, so that a quote holding a control character still exports as well-formed XML', () => {
    const dirty = buildGraph([
      extraction('a', { date: '2025-10-01', relations: [['turkey', 'hosts', 'hamas']] }),
    ]);
    const [edge] = dirty.edges();
    const evidence = dirty.getEdgeAttribute(edge!, 'evidence');
    evidence[0]!.quote = 'Turkey\u0001 hosts Hamas\u0008 in \uFFFE Ankara \uD800 today \u0000.';
    dirty.setNodeAttribute('turkey', 'label', 'Tur\u001Fkey');
    const xml = toGEXF(dirty);
    expect(xmlError(xml)).toBeUndefined();
    expect(xml).toContain('label="Turkey"');
    // Quotes travel inside the evidence JSON, whose escapes (\\u0001, \\ud800) carry control characters and
    // lone surrogates XML-safely; only the noncharacter U+FFFE, which JSON leaves as it is, is dropped.
    const parsed = parse(MultiGraph, xml);
    const [quoted] = JSON.parse(parsed.getEdgeAttribute(edge!, 'evidence') as string);
    expect(quoted.quote).toBe(evidence[0]!.quote.replace('\uFFFE', ''));
    // Characters XML allows (tab, line feed, non-Latin text, emoji as surrogate pairs) stay as they are.
    evidence[0]!.quote = 'Türkiye 🇹🇷 hosts Hamas';
    expect(toGEXF(dirty)).toContain('Türkiye 🇹🇷 hosts Hamas');
  });
});
