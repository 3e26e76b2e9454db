import { describe, expect, it } from 'vitest';
import { buildGraph, GraphBuilder, relationKey } from '../src/graph/index.js';
import { toJSON } from '../src/serialize/index.js';
import { extraction } from './graph-fixtures.js';

describe('relationKey', () => {
  it('keeps the reading order of directed types and sorts undirected ones', () => {
    expect(relationKey('turkey', 'hosts', 'hamas')).toBe('turkey|hosts|hamas');
    expect(relationKey('turkey', 'opposes', 'israel')).toBe('turkey|opposes|israel');
    expect(relationKey('turkey', 'meets', 'israel')).toBe('israel|meets|turkey');
    expect(relationKey('israel', 'meets', 'turkey')).toBe('israel|meets|turkey');
    expect(relationKey('qatar', 'cooperates', 'egypt')).toBe('egypt|cooperates|qatar');
  });
});

describe('GraphBuilder', () => {
  it('merges the same fact from several articles into one edge with their evidence', () => {
    const graph = buildGraph([
      extraction('a', {
        date: '2025-10-01',
        relations: [
          ['turkey', 'hosts', 'hamas', 0],
          ['turkey', 'hosts', 'hamas', 3],
        ],
      }),
      extraction('b', { date: '2025-10-05', relations: [['turkey', 'hosts', 'hamas', 1]] }),
      extraction('c', { date: '2025-09-20', relations: [['hamas', 'hosts', 'turkey', 0]] }),
    ]);
    const edge = graph.getEdgeAttributes('turkey|hosts|hamas');
    expect(edge.evidence.map((piece) => `${piece.document}:${piece.sentence}`)).toEqual([
      'a:0',
      'a:3',
      'b:1',
    ]);
    expect(edge.weight).toBe(2);
    expect(edge.firstSeen).toBe('2025-10-01');
    expect(edge.lastSeen).toBe('2025-10-05');
    // Hosting is contact (engagement), not cooperation (issue 13).
    expect(edge).toMatchObject({ type: 'hosts', polarity: 'neutral', directed: true });
    // Hosting is directed: the reverse reading is another edge.
    expect(graph.hasEdge('hamas|hosts|turkey')).toBe(true);
    expect(graph.source('turkey|hosts|hamas')).toBe('turkey');
    expect(graph.size).toBe(2);
    expect(graph.getAttribute('documents')).toEqual(['a', 'b', 'c']);
  });

  it('counts a sentence repeated within one article as one piece of evidence', () => {
    const repeated = extraction('a', {
      relations: [
        ['israel', 'opposes', 'turkey', 0],
        ['israel', 'opposes', 'turkey', 7],
      ],
    });
    const [first, second] = repeated.relations;
    second!.evidence.quote = first!.evidence.quote;
    const edge = buildGraph([repeated]).getEdgeAttributes('israel|opposes|turkey');
    expect(edge.evidence.map((piece) => piece.sentence)).toEqual([0]);
  });

  it('merges both readings of an undirected relation and dedupes identical evidence', () => {
    const graph = buildGraph([
      extraction('a', {
        relations: [
          ['turkey', 'meets', 'israel', 2],
          ['israel', 'meets', 'turkey', 2],
        ],
      }),
      extraction('b', { relations: [['israel', 'meets', 'turkey', 0]] }),
    ]);
    expect(graph.edges()).toEqual(['israel|meets|turkey']);
    const edge = graph.getEdgeAttributes('israel|meets|turkey');
    expect(edge.directed).toBe(false);
    expect(edge.evidence).toHaveLength(2);
    expect(edge.weight).toBe(2);
    expect(graph.source('israel|meets|turkey')).toBe('israel');
  });

  it('describes actors with mentions, documents, aliases and affiliation', () => {
    const graph = buildGraph([
      extraction('a', { relations: [['hakan-fidan', 'meets', 'hamas', 0]], mentioned: ['egypt'] }),
      extraction('b', {
        relations: [
          ['hakan-fidan', 'criticizes', 'israel', 0],
          ['hakan-fidan', 'urges', 'hamas', 1],
        ],
      }),
    ]);
    expect(graph.getNodeAttributes('hakan-fidan')).toEqual({
      label: 'Hakan Fidan',
      kind: 'person',
      aliases: ['Fidan'],
      affiliation: 'turkey',
      mentions: 3,
      documents: ['a', 'b'],
    });
    expect(graph.getNodeAttributes('egypt')).toMatchObject({ mentions: 1, documents: ['a'] });
    expect(graph.degree('egypt')).toBe(0);
  });

  it('replaces a document added again instead of counting it twice', () => {
    const builder = new GraphBuilder();
    builder.add(extraction('a', { relations: [['turkey', 'hosts', 'hamas', 0]] }));
    builder.add(extraction('b', { relations: [['turkey', 'hosts', 'hamas', 0]] }));
    const once = JSON.stringify(toJSON(builder.graph));
    builder.add(extraction('b', { relations: [['turkey', 'hosts', 'hamas', 0]] }));
    expect(JSON.stringify(toJSON(builder.graph))).toBe(once);

    builder.add(extraction('b', { relations: [['egypt', 'mediates', 'hamas', 4]] }));
    expect(builder.graph.getEdgeAttribute('turkey|hosts|hamas', 'weight')).toBe(1);
    expect(builder.graph.hasEdge('egypt|mediates|hamas')).toBe(true);
    expect(builder.graph.getNodeAttribute('hamas', 'mentions')).toBe(2);
    expect(builder.graph.getAttribute('documents')).toEqual(['a', 'b']);
  });

  it('removes a document exactly: the graph equals one built without it', () => {
    const docs = {
      a: extraction('a', {
        date: '2025-10-01',
        relations: [
          ['turkey', 'hosts', 'hamas', 0],
          ['turkey', 'meets', 'israel', 1],
        ],
      }),
      b: extraction('b', {
        date: '2025-10-09',
        relations: [
          ['turkey', 'hosts', 'hamas', 0],
          ['egypt', 'mediates', 'hamas', 1],
        ],
      }),
      c: extraction('c', {
        date: '2025-10-03',
        relations: [['israel', 'opposes', 'turkey', 0]],
        mentioned: ['qatar'],
      }),
    };
    const builder = new GraphBuilder();
    for (const doc of Object.values(docs)) builder.add(doc);

    expect(builder.removeDocument('b')).toBe(true);
    expect(builder.removeDocument('b')).toBe(false);
    expect(builder.hasDocument('b')).toBe(false);
    expect(toJSON(builder.graph)).toEqual(toJSON(buildGraph([docs.a, docs.c])));
    expect(builder.graph.hasNode('egypt')).toBe(false);
    expect(builder.graph.getEdgeAttributes('turkey|hosts|hamas')).toMatchObject({
      weight: 1,
      firstSeen: '2025-10-01',
      lastSeen: '2025-10-01',
    });

    builder.removeDocument('c');
    expect(builder.graph.hasNode('qatar')).toBe(false);
    expect(builder.graph.hasEdge('israel|opposes|turkey')).toBe(false);
    expect(builder.graph.getNodeAttribute('israel', 'mentions')).toBe(1);

    builder.removeDocument('a');
    expect(builder.graph.order).toBe(0);
    expect(builder.graph.getAttribute('documents')).toEqual([]);
  });

  it('keeps one description per actor across documents, and each version where documents disagree', () => {
    // Read back from a store, every document brings its own copy of each actor it names.
    const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));
    const a = extraction('a', { relations: [['turkey', 'hosts', 'hamas', 0]] });
    const b = copy(extraction('b', { relations: [['turkey', 'hosts', 'hamas', 0]] }));
    const renamed = copy(extraction('c', { relations: [['turkey', 'meets', 'israel', 0]] }));
    renamed.actors.find((actor) => actor.id === 'turkey')!.aliases = ['Republic of Türkiye'];
    const builder = new GraphBuilder();
    for (const doc of [a, b, renamed]) builder.add(doc);
    expect(builder.graph.getNodeAttribute('turkey', 'aliases')).toEqual(['Türkiye', 'Republic of Türkiye']);
    // Removing the newest description falls back on the older one, as a fresh build would.
    builder.removeDocument('c');
    expect(toJSON(builder.graph)).toEqual(toJSON(buildGraph([a, b])));
    builder.removeDocument('a');
    expect(toJSON(builder.graph)).toEqual(toJSON(buildGraph([b])));
    expect(builder.relationKeys('b')).toEqual(['turkey|hosts|hamas']);
  });

  it('ignores relations of an actor with itself', () => {
    const graph = buildGraph([extraction('a', { relations: [['turkey', 'meets', 'turkey', 0]] })]);
    expect(graph.size).toBe(0);
    expect(graph.hasNode('turkey')).toBe(true);
  });
});
