import { describe, expect, it } from 'vitest';
import { buildGraph, filterGraph } from '../src/graph/index.js';
import { extraction } from './graph-fixtures.js';

const graph = buildGraph([
  extraction('a', {
    date: '2025-10-01',
    relations: [
      ['turkey', 'hosts', 'hamas', 0],
      ['israel', 'opposes', 'turkey', 1],
      ['hakan-fidan', 'meets', 'hamas', 2],
    ],
    sentenceDates: { 2: '2025-09-28' },
  }),
  extraction('b', {
    date: '2025-10-10',
    relations: [
      ['turkey', 'hosts', 'hamas', 0],
      ['united-states', 'urges', 'israel', 1],
    ],
  }),
  extraction('c', {
    relations: [
      ['turkey', 'hosts', 'hamas', 0],
      ['egypt', 'mediates', 'hamas', 1],
    ],
    mentioned: ['qatar'],
  }),
]);

describe('filterGraph', () => {
  it('copies the graph for an empty filter without sharing state', () => {
    const copy = filterGraph(graph, {});
    expect(copy.order).toBe(graph.order);
    expect(copy.size).toBe(graph.size);
    copy.dropNode('turkey');
    expect(graph.hasNode('turkey')).toBe(true);
  });

  it('keeps relation types and polarities asked for', () => {
    expect(
      filterGraph(graph, { types: ['hosts', 'mediates'] })
        .edges()
        .sort(),
    ).toEqual(['egypt|mediates|hamas', 'turkey|hosts|hamas']);
    expect(
      filterGraph(graph, { polarities: ['conflictual'] })
        .edges()
        .sort(),
    ).toEqual(['israel|opposes|turkey']);
    // Contact (hosting, talks, mediation, appeals) is neutral since issue 13.
    expect(
      filterGraph(graph, { polarities: ['cooperative'] })
        .edges()
        .sort(),
    ).toEqual([]);
  });

  it('keeps actor kinds and the edges between kept actors', () => {
    const states = filterGraph(graph, { kinds: ['state'] });
    expect(states.hasNode('hamas')).toBe(false);
    expect(states.hasNode('hakan-fidan')).toBe(false);
    expect(states.edges().sort()).toEqual(['israel|opposes|turkey', 'united-states|urges|israel']);
  });

  it('keeps an edge with only its evidence in the date range and recomputes weight and span', () => {
    const october = filterGraph(graph, { since: '2025-10-01', until: '2025-10-05' });
    const hosts = october.getEdgeAttributes('turkey|hosts|hamas');
    expect(hosts.evidence.map((piece) => piece.document)).toEqual(['a']);
    expect(hosts).toMatchObject({ weight: 1, firstSeen: '2025-10-01', lastSeen: '2025-10-01' });
    // Sentence-level date before the window, undated document c: both left out.
    expect(october.hasEdge('hakan-fidan|meets|hamas')).toBe(false);
    expect(october.hasEdge('egypt|mediates|hamas')).toBe(false);
    expect(graph.getEdgeAttribute('turkey|hosts|hamas', 'weight')).toBe(3);

    const byMonth = filterGraph(graph, { until: '2025-09' });
    expect(byMonth.edges()).toEqual(['hakan-fidan|meets|hamas']);
  });

  it('applies minWeight and hides isolated actors', () => {
    const strong = filterGraph(graph, { minWeight: 2, hideIsolated: true });
    expect(strong.edges()).toEqual(['turkey|hosts|hamas']);
    expect(strong.nodes().sort()).toEqual(['hamas', 'turkey']);
    expect(filterGraph(graph, { minWeight: 2 }).hasNode('qatar')).toBe(true);
  });
});
