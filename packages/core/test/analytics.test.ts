import { describe, expect, it } from 'vitest';
import {
  centrality,
  communities,
  relatedPairs,
  relationship,
  shortestPath,
  strongestAlliances,
  strongestTensions,
  unbalancedTriads,
} from '../src/analytics/index.js';
import { buildGraph } from '../src/graph/index.js';
import { extraction, type RelationSpec } from './graph-fixtures.js';

/** One document per relation, so each relation's weight is 1 and evidence counts are easy to read. */
function graphOf(relations: RelationSpec[], mentioned: string[] = []) {
  return buildGraph([
    ...relations.map((relation, index) => extraction(`d${index}`, { relations: [relation] })),
    extraction('mentions', { relations: [], mentioned }),
  ]);
}

describe('relationship', () => {
  it('labels clear conflict as tense with score -1', () => {
    const graph = graphOf([
      ['israel', 'opposes', 'turkey'],
      ['israel', 'opposes', 'turkey'],
      ['turkey', 'criticizes', 'israel'],
    ]);
    const summary = relationship(graph, 'turkey', 'israel');
    expect(summary).toMatchObject({
      a: 'turkey',
      b: 'israel',
      score: -1,
      label: 'tense',
      conflictual: 3,
      cooperative: 0,
    });
    expect(summary.edges).toEqual(['israel|opposes|turkey', 'turkey|criticizes|israel']);
  });

  it('keeps allied when conflict is minor and calls it mixed when both sides are substantial', () => {
    const allied = graphOf([
      ['egypt', 'mediates', 'hamas'],
      ['egypt', 'hosts', 'hamas'],
      ['egypt', 'meets', 'hamas'],
      ['egypt', 'hosts', 'hamas'],
      ['egypt', 'criticizes', 'hamas'],
    ]);
    expect(relationship(allied, 'hamas', 'egypt')).toMatchObject({
      label: 'allied',
      cooperative: 4,
      conflictual: 1,
    });
    expect(relationship(allied, 'hamas', 'egypt').score).toBeCloseTo(0.6);

    const mixed = graphOf([
      ['turkey', 'meets', 'israel'],
      ['turkey', 'cooperates', 'israel'],
      ['turkey', 'criticizes', 'israel'],
      ['israel', 'blocks', 'turkey'],
    ]);
    expect(relationship(mixed, 'turkey', 'israel')).toMatchObject({ label: 'mixed', score: 0 });
  });

  it('weights evidence by confidence', () => {
    const graph = graphOf([
      ['qatar', 'supports', 'hamas', 0, 0.8],
      ['qatar', 'criticizes', 'hamas', 0, 0.2],
    ]);
    expect(relationship(graph, 'qatar', 'hamas').score).toBeCloseTo(0.6);
  });

  it('is neutral for neutral relations only and none without any edge', () => {
    const graph = graphOf([['united-states', 'urges', 'israel']], ['egypt']);
    expect(relationship(graph, 'united-states', 'israel')).toMatchObject({
      label: 'neutral',
      score: 0,
      neutral: 1,
    });
    expect(relationship(graph, 'egypt', 'israel')).toMatchObject({ label: 'none', score: 0, edges: [] });
    expect(relationship(graph, 'egypt', 'nobody').label).toBe('none');
  });

  it('counts a representative for the state it represents only with rollup', () => {
    const graph = graphOf([
      ['hakan-fidan', 'criticizes', 'israel'],
      ['gideon-saar', 'criticizes', 'turkey'],
      ['turkey', 'meets', 'egypt'],
    ]);
    expect(relationship(graph, 'turkey', 'israel').label).toBe('none');
    const rolledUp = relationship(graph, 'turkey', 'israel', { rollup: true });
    expect(rolledUp).toMatchObject({ label: 'tense', conflictual: 2 });
    expect(rolledUp.edges).toEqual(['gideon-saar|criticizes|turkey', 'hakan-fidan|criticizes|israel']);
    // The person's own relations are still theirs.
    expect(relationship(graph, 'hakan-fidan', 'israel', { rollup: true }).conflictual).toBe(1);
  });
});

describe('rankings', () => {
  const graph = graphOf([
    ['israel', 'opposes', 'turkey'],
    ['israel', 'opposes', 'turkey'],
    ['turkey', 'criticizes', 'israel'],
    ['israel', 'blocks', 'egypt'],
    ['egypt', 'mediates', 'hamas'],
    ['egypt', 'hosts', 'hamas'],
    ['qatar', 'meets', 'egypt'],
    ['united-states', 'urges', 'israel'],
  ]);

  it('ranks tensions by score times evidence volume', () => {
    expect(strongestTensions(graph).map(({ a, b }) => [a, b])).toEqual([
      ['israel', 'turkey'],
      ['egypt', 'israel'],
    ]);
    expect(strongestTensions(graph, 1)).toHaveLength(1);
  });

  it('summarises each pair exactly as relationship does', () => {
    for (const pair of relatedPairs(graph)) expect(relationship(graph, pair.a, pair.b)).toEqual(pair);
  });

  it('ranks states by their representatives too with rollup', () => {
    const people = graphOf([
      ['hakan-fidan', 'criticizes', 'israel'],
      ['gideon-saar', 'criticizes', 'hakan-fidan'],
      ['turkey', 'meets', 'egypt'],
    ]);
    expect(strongestTensions(people).map(({ a, b }) => [a, b])).toEqual([
      ['gideon-saar', 'hakan-fidan'],
      ['hakan-fidan', 'israel'],
    ]);
    const [rolledUp] = strongestTensions(people, 10, { rollup: true });
    expect(rolledUp).toEqual(relationship(people, 'israel', 'turkey', { rollup: true }));
    expect(rolledUp).toMatchObject({ a: 'israel', b: 'turkey', conflictual: 2 });
  });

  it('ranks alliances the same way and leaves neutral pairs out', () => {
    expect(strongestAlliances(graph).map(({ a, b }) => [a, b])).toEqual([
      ['egypt', 'hamas'],
      ['egypt', 'qatar'],
    ]);
  });
});

describe('communities', () => {
  // Two cooperative triangles, hostile to each other, and one actor nobody cooperates with.
  const graph = graphOf(
    [
      ['a1', 'meets', 'a2'],
      ['a2', 'cooperates', 'a3'],
      ['a3', 'supports', 'a1'],
      ['b1', 'meets', 'b2'],
      ['b2', 'hosts', 'b3'],
      ['b3', 'praises', 'b1'],
      ['a1', 'opposes', 'b1'],
      ['a2', 'criticizes', 'b2'],
      ['a3', 'blocks', 'b3'],
      ['a3', 'meets', 'b3'],
      ['loner', 'opposes', 'a1'],
    ],
    ['quiet'],
  );

  it('separates two cooperative cliques joined by conflict', () => {
    const found = communities(graph);
    expect(new Set([found.a1, found.a2, found.a3]).size).toBe(1);
    expect(new Set([found.b1, found.b2, found.b3]).size).toBe(1);
    expect(found.a1).not.toBe(found.b1);
  });

  it('gives isolated actors their own community and numbers communities from 0', () => {
    const found = communities(graph);
    const ids = Object.values(found);
    expect(new Set(ids)).toEqual(new Set([0, 1, 2, 3]));
    expect(ids.filter((id) => id === found.loner)).toHaveLength(1);
    expect(ids.filter((id) => id === found.quiet)).toHaveLength(1);
  });

  it('is deterministic', () => {
    expect(communities(graph)).toEqual(communities(graph));
  });
});

describe('centrality', () => {
  it('puts the centre of a path at betweenness 1 and counts distinct neighbours', () => {
    const graph = graphOf([
      ['a', 'meets', 'b'],
      ['b', 'opposes', 'c'],
      ['c', 'criticizes', 'b'],
      ['b', 'urges', 'c'],
    ]);
    const { degree, betweenness } = centrality(graph);
    expect(degree).toEqual({ a: 1, b: 2, c: 1 });
    expect(betweenness).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('normalises betweenness to [0, 1] on a star', () => {
    const graph = graphOf([
      ['hub', 'meets', 'x'],
      ['hub', 'meets', 'y'],
      ['hub', 'meets', 'z'],
      ['hub', 'meets', 'w'],
    ]);
    expect(centrality(graph).betweenness.hub).toBeCloseTo(1);
  });
});

describe('shortestPath', () => {
  const graph = graphOf([
    ['a', 'meets', 'b'],
    ['b', 'supports', 'c'],
    ['b', 'hosts', 'c'],
    ['b', 'hosts', 'c'],
    ['a', 'opposes', 'c'],
  ]);

  it('walks any relation, ignoring direction', () => {
    expect(shortestPath(graph, 'c', 'a')).toEqual({ nodes: ['c', 'a'], edges: ['a|opposes|c'] });
  });

  it('restricts the walk to one polarity and returns the strongest edge of each step', () => {
    expect(shortestPath(graph, 'a', 'c', { polarity: 'cooperative' })).toEqual({
      nodes: ['a', 'b', 'c'],
      edges: ['a|meets|b', 'b|hosts|c'],
    });
    expect(shortestPath(graph, 'a', 'b', { polarity: 'conflictual' })).toBeNull();
  });

  it('handles unknown actors and a path to oneself', () => {
    expect(shortestPath(graph, 'a', 'nobody')).toBeNull();
    expect(shortestPath(graph, 'a', 'a')).toEqual({ nodes: ['a'], edges: [] });
  });
});

describe('unbalancedTriads', () => {
  it('finds triangles with a negative sign product and leaves balanced ones', () => {
    const graph = graphOf([
      // Unbalanced: egypt and qatar are both close to hamas but at odds with each other.
      ['egypt', 'mediates', 'hamas'],
      ['qatar', 'supports', 'hamas'],
      ['egypt', 'criticizes', 'qatar'],
      // Balanced: turkey and israel at odds, israel close to the united states, turkey at odds with it.
      ['israel', 'opposes', 'turkey'],
      ['united-states', 'supports', 'israel'],
      ['turkey', 'criticizes', 'united-states'],
      // Neutral pair: no sign, no triad.
      ['united-states', 'urges', 'egypt'],
      ['egypt', 'meets', 'israel'],
    ]);
    expect(unbalancedTriads(graph)).toEqual([{ nodes: ['egypt', 'hamas', 'qatar'], signs: [1, 1, -1] }]);
    expect(unbalancedTriads(graph, 0)).toEqual([]);
  });

  it('ranks triads by the evidence behind them and keeps the limit', () => {
    const graph = graphOf([
      ['a', 'meets', 'b'],
      ['b', 'meets', 'c'],
      ['a', 'opposes', 'c'],
      // The second triangle has more evidence on one side.
      ['x', 'meets', 'y'],
      ['x', 'hosts', 'y'],
      ['x', 'supports', 'y'],
      ['y', 'meets', 'z'],
      ['z', 'criticizes', 'x'],
    ]);
    const all = unbalancedTriads(graph);
    expect(all.map((triad) => triad.nodes)).toEqual([
      ['x', 'y', 'z'],
      ['a', 'b', 'c'],
    ]);
    expect(all[0]!.signs).toEqual([1, 1, -1]);
    expect(unbalancedTriads(graph, 1)).toEqual([all[0]]);
    expect(unbalancedTriads(graph, Number.POSITIVE_INFINITY)).toEqual(all);
  });
});
