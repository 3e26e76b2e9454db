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
import type { RelationType } from '../src/ontology/relations.js';
import { extraction, type RelationSpec } from './graph-fixtures.js';

/** One document per relation, so each relation's weight is 1 and evidence counts are easy to read. */
function graphOf(relations: RelationSpec[], mentioned: string[] = []) {
  return buildGraph([
    ...relations.map((relation, index) => extraction(`d${index}`, { relations: [relation] })),
    extraction('mentions', { relations: [], mentioned }),
  ]);
}

describe('relationship', () => {
  it('labels hostility with no contact as hostile with score -1', () => {
    const graph = graphOf([
      ['israel', 'opposes', 'turkey'],
      ['israel', 'opposes', 'turkey'],
      ['turkey', 'criticizes', 'israel'],
    ]);
    const summary = relationship(graph, 'turkey', 'israel');
    expect(summary).toMatchObject({ a: 'turkey', b: 'israel', score: -1, label: 'hostile' });
    expect(summary.counts).toEqual({
      alignment: { relations: 0, evidence: 0 },
      engagement: { relations: 0, evidence: 0 },
      hostility: { relations: 2, evidence: 3 },
      role: { relations: 0, evidence: 0 },
    });
    expect(summary.edges).toEqual(['israel|opposes|turkey', 'turkey|criticizes|israel']);
  });

  // Issue 13: mediation, hosting and talks used to make Egypt and Hamas "allied"; they are contact.
  it('counts contact apart: mediation, hosting and talks make a pair engaged, never allied', () => {
    const contact: RelationSpec[] = [
      ['egypt', 'mediates', 'hamas'],
      ['egypt', 'hosts', 'hamas'],
      ['egypt', 'meets', 'hamas'],
      ['egypt', 'hosts', 'hamas'],
    ];
    const engaged = relationship(graphOf(contact), 'hamas', 'egypt');
    expect(engaged).toMatchObject({ label: 'engaged', score: 0 });
    expect(engaged.counts.engagement).toEqual({ relations: 3, evidence: 4 });

    const strained = relationship(graphOf([...contact, ['egypt', 'criticizes', 'hamas']]), 'hamas', 'egypt');
    expect(strained).toMatchObject({ label: 'strained', score: -1 });
    expect(strained.counts.hostility).toEqual({ relations: 1, evidence: 1 });
  });

  it('keeps allied when hostility is minor and calls it mixed when both sides are substantial', () => {
    const allied = graphOf([
      ['egypt', 'supports', 'hamas'],
      ['egypt', 'supports', 'hamas'],
      ['egypt', 'aids', 'hamas'],
      ['egypt', 'praises', 'hamas'],
      ['egypt', 'criticizes', 'hamas'],
    ]);
    const summary = relationship(allied, 'hamas', 'egypt');
    expect(summary.label).toBe('allied');
    expect(summary.score).toBeCloseTo(0.6);
    expect(summary.counts.alignment).toEqual({ relations: 3, evidence: 4 });

    const mixed = graphOf([
      ['turkey', 'meets', 'israel'],
      ['turkey', 'cooperates', 'israel'],
      ['turkey', 'criticizes', 'israel'],
      ['israel', 'blocks', 'turkey'],
    ]);
    expect(relationship(mixed, 'turkey', 'israel').label).toBe('mixed');
    // The meeting is contact: it neither offsets the hostility nor joins the score.
    expect(relationship(mixed, 'turkey', 'israel').score).toBeCloseTo(-1 / 3);
  });

  it('calls hostility strained when the pair also aligns on something', () => {
    const graph = graphOf([
      ['israel', 'opposes', 'turkey'],
      ['israel', 'opposes', 'turkey'],
      ['turkey', 'criticizes', 'israel'],
      ['turkey', 'blocks', 'israel'],
      ['turkey', 'cooperates', 'israel'],
    ]);
    const summary = relationship(graph, 'israel', 'turkey');
    expect(summary.label).toBe('strained');
    expect(summary.score).toBeCloseTo(-0.6);
  });

  it('weights evidence by confidence', () => {
    const graph = graphOf([
      ['qatar', 'supports', 'hamas', 0, 0.8],
      ['qatar', 'criticizes', 'hamas', 0, 0.2],
    ]);
    expect(relationship(graph, 'qatar', 'hamas').score).toBeCloseTo(0.6);
  });

  it('sorts every relation type into its kind of tie', () => {
    const alone = (type: RelationType) => relationship(graphOf([['egypt', type, 'qatar']]), 'egypt', 'qatar');
    for (const type of ['supports', 'praises', 'cooperates', 'aids'] as const) {
      expect(alone(type), type).toMatchObject({ label: 'allied', score: 1 });
      expect(alone(type).counts.alignment, type).toEqual({ relations: 1, evidence: 1 });
    }
    for (const type of ['meets', 'hosts', 'invites', 'mediates', 'urges'] as const) {
      expect(alone(type), type).toMatchObject({ label: 'engaged', score: 0 });
      expect(alone(type).counts.engagement, type).toEqual({ relations: 1, evidence: 1 });
    }
    for (const type of ['opposes', 'criticizes', 'blocks'] as const) {
      expect(alone(type), type).toMatchObject({ label: 'hostile', score: -1 });
      expect(alone(type).counts.hostility, type).toEqual({ relations: 1, evidence: 1 });
    }
    // A role is no tie: it is counted, but the pair has none.
    expect(alone('represents')).toMatchObject({ label: 'none', score: 0, edges: ['egypt|represents|qatar'] });
    expect(alone('represents').counts.role).toEqual({ relations: 1, evidence: 1 });
  });

  it('is none without any edge', () => {
    const graph = graphOf([['united-states', 'urges', 'israel']], ['egypt']);
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
    expect(rolledUp.label).toBe('hostile');
    expect(rolledUp.counts.hostility).toEqual({ relations: 2, evidence: 2 });
    expect(rolledUp.edges).toEqual(['gideon-saar|criticizes|turkey', 'hakan-fidan|criticizes|israel']);
    // The person's own relations are still theirs.
    expect(relationship(graph, 'hakan-fidan', 'israel', { rollup: true }).counts.hostility.evidence).toBe(1);
  });
});

// Issue 13: a mediator has one `mediates` relation with each party; it is in contact with both, allied
// with neither, and belongs to neither's bloc.
describe('mediation, a three-way fact', () => {
  const graph = graphOf([
    ['egypt', 'mediates', 'israel'],
    ['egypt', 'mediates', 'hamas'],
    ['qatar', 'mediates', 'israel'],
    ['qatar', 'mediates', 'hamas'],
    ['egypt', 'hosts', 'hamas'],
    ['israel', 'opposes', 'hamas'],
    ['united-states', 'supports', 'israel'],
  ]);

  it('leaves the mediator engaged with each party', () => {
    for (const mediator of ['egypt', 'qatar']) {
      for (const party of ['israel', 'hamas'])
        expect(relationship(graph, mediator, party).label).toBe('engaged');
    }
  });

  it('lists no mediation or hosting among alliances, nor closes a triad with it', () => {
    expect(strongestAlliances(graph).map(({ a, b }) => [a, b])).toEqual([['israel', 'united-states']]);
    expect(strongestTensions(graph).map(({ a, b }) => [a, b])).toEqual([['hamas', 'israel']]);
    expect(unbalancedTriads(graph)).toEqual([]);
  });

  it("puts mediators in no party's community", () => {
    const found = communities(graph);
    expect(found.israel).toBe(found['united-states']);
    for (const mediator of ['egypt', 'qatar']) {
      expect(found[mediator]).not.toBe(found.israel);
      expect(found[mediator]).not.toBe(found.hamas);
    }
  });
});

describe('alignment read in a mediation sentence', () => {
  // One article: sentence 0 reads Egypt's mediation and its channels to both parties; sentence 1 has
  // Hamas thanking Egypt for it; sentence 2 has Egypt working with Israel on something else.
  const mediation: RelationSpec[] = [
    ['egypt', 'mediates', 'israel', 0],
    ['egypt', 'mediates', 'hamas', 0],
    ['egypt', 'cooperates', 'israel', 0],
    ['egypt', 'cooperates', 'hamas', 0],
    ['egypt', 'mediates', 'hamas', 1],
    ['hamas', 'praises', 'egypt', 1],
  ];
  const graph = buildGraph([extraction('article', { relations: mediation })]);

  it("is the mediation's channel: counted, not scored, and binds no community", () => {
    const pair = relationship(graph, 'egypt', 'israel');
    expect(pair).toMatchObject({ label: 'engaged', score: 0 });
    expect(pair.counts.alignment).toEqual({ relations: 1, evidence: 1 });
    expect(strongestAlliances(graph).map(({ a, b }) => [a, b])).toEqual([['egypt', 'hamas']]);
    expect(communities(graph).egypt).not.toBe(communities(graph).israel);
  });

  it('still counts a party aligning with its mediator, and alignment in other sentences', () => {
    expect(relationship(graph, 'egypt', 'hamas')).toMatchObject({ label: 'allied', score: 1 });
    const elsewhere = buildGraph([
      extraction('article', { relations: [...mediation, ['egypt', 'cooperates', 'israel', 2]] }),
    ]);
    expect(relationship(elsewhere, 'egypt', 'israel')).toMatchObject({ label: 'allied', score: 1 });
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
    ['united-states', 'aids', 'israel'],
    ['united-states', 'aids', 'israel'],
    ['qatar', 'supports', 'hamas'],
  ]);

  it('ranks tensions by score times alignment and hostility evidence', () => {
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
    expect(rolledUp).toMatchObject({ a: 'israel', b: 'turkey' });
    expect(rolledUp!.counts.hostility).toEqual({ relations: 2, evidence: 2 });
  });

  // Issue 13: contact-only pairs (egypt–hamas mediation and hosting, egypt–qatar talks) used to rank here.
  it('ranks alliances the same way and leaves contact-only pairs out', () => {
    expect(strongestAlliances(graph).map(({ a, b }) => [a, b])).toEqual([
      ['israel', 'united-states'],
      ['hamas', 'qatar'],
    ]);
  });
});

describe('communities', () => {
  // Two aligned triangles, hostile to each other, and one actor nobody aligns with.
  const graph = graphOf(
    [
      ['a1', 'cooperates', 'a2'],
      ['a2', 'cooperates', 'a3'],
      ['a3', 'supports', 'a1'],
      ['b1', 'aids', 'b2'],
      ['b2', 'supports', 'b3'],
      ['b3', 'praises', 'b1'],
      ['a1', 'opposes', 'b1'],
      ['a2', 'criticizes', 'b2'],
      ['a3', 'blocks', 'b3'],
      ['a3', 'meets', 'b3'],
      ['a1', 'hosts', 'b2'],
      ['loner', 'opposes', 'a1'],
    ],
    ['quiet'],
  );

  it('separates two aligned cliques joined by hostility and contact', () => {
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
    ['a', 'cooperates', 'b'],
    ['b', 'supports', 'c'],
    ['b', 'aids', 'c'],
    ['b', 'aids', 'c'],
    ['a', 'opposes', 'c'],
  ]);

  it('walks any relation, ignoring direction', () => {
    expect(shortestPath(graph, 'c', 'a')).toEqual({ nodes: ['c', 'a'], edges: ['a|opposes|c'] });
  });

  it('restricts the walk to one polarity and returns the strongest edge of each step', () => {
    expect(shortestPath(graph, 'a', 'c', { polarity: 'cooperative' })).toEqual({
      nodes: ['a', 'b', 'c'],
      edges: ['a|cooperates|b', 'b|aids|c'],
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
      ['egypt', 'aids', 'hamas'],
      ['qatar', 'supports', 'hamas'],
      ['egypt', 'criticizes', 'qatar'],
      // Balanced: turkey and israel at odds, israel close to the united states, turkey at odds with it.
      ['israel', 'opposes', 'turkey'],
      ['united-states', 'supports', 'israel'],
      ['turkey', 'criticizes', 'united-states'],
      // Contact: no sign, no triad.
      ['united-states', 'urges', 'egypt'],
      ['egypt', 'meets', 'israel'],
      ['united-states', 'mediates', 'turkey'],
    ]);
    expect(unbalancedTriads(graph)).toEqual([{ nodes: ['egypt', 'hamas', 'qatar'], signs: [1, 1, -1] }]);
    expect(unbalancedTriads(graph, 0)).toEqual([]);
  });

  it('ranks triads by the evidence behind them and keeps the limit', () => {
    const graph = graphOf([
      ['a', 'supports', 'b'],
      ['b', 'cooperates', 'c'],
      ['a', 'opposes', 'c'],
      // The second triangle has more evidence on one side (contact does not count).
      ['x', 'praises', 'y'],
      ['x', 'hosts', 'y'],
      ['x', 'supports', 'y'],
      ['y', 'aids', 'z'],
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
