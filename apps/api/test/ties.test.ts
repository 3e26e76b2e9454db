// Issue 13 on the demo corpus the server seeds: contact is not alliance, and counts say relations and
// pieces of evidence apart.
import {
  POLARITIES,
  RELATION_KINDS,
  RELATION_TYPES,
  RELATIONSHIP_LABELS,
  relationKindOf,
} from '@entente/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_CORPUS } from '../src/paths.js';
import { dataOf, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedCorpus: DEFAULT_SEED_CORPUS });
});
afterAll(() => server.dispose());

interface TieCount {
  relations: number;
  evidence: number;
}

interface Pair {
  a: { id: string };
  b: { id: string };
  score: number;
  label: string;
  alignment: TieCount;
  engagement: TieCount;
  hostility: TieCount;
  relations: { id: string; type: string; kind: string; evidence: unknown[] }[];
}

const PAIR_FIELDS = `a { id } b { id } score label
  alignment { relations evidence } engagement { relations evidence } hostility { relations evidence }
  relations { id type kind evidence { start } }`;

async function relationship(a: string, b: string): Promise<Pair> {
  const query = `query ($a: ID!, $b: ID!) { relationship(a: $a, b: $b) { ... on Relationship { ${PAIR_FIELDS} } } }`;
  return dataOf(await server.gql<{ relationship: Pair }>(query, { a, b })).relationship;
}

describe('the schema', () => {
  it('has enums that match the ontology constants', async () => {
    const enumValues = async (name: string) => {
      const query = `{ __type(name: "${name}") { enumValues(includeDeprecated: true) { name } } }`;
      const { __type } = dataOf(await server.gql<{ __type: { enumValues: { name: string }[] } }>(query));
      return __type.enumValues.map((value) => value.name);
    };
    expect(await enumValues('RelationKind')).toEqual([...RELATION_KINDS]);
    expect(await enumValues('RelationType')).toEqual([...RELATION_TYPES]);
    expect(await enumValues('Polarity')).toEqual([...POLARITIES]);
    expect(await enumValues('RelationshipLabel')).toEqual([...RELATIONSHIP_LABELS]);
  });

  it('gives every relation and graph edge the kind of its type', async () => {
    const { relations, graph } = dataOf(
      await server.gql<{
        relations: { nodes: { type: (typeof RELATION_TYPES)[number]; kind: string }[] };
        graph: { edges: { type: (typeof RELATION_TYPES)[number]; kind: string }[] };
      }>(
        '{ relations(first: 500) { nodes { type kind } } graph(filter: { hideIsolated: false }) { edges { type kind } } }',
      ),
    );
    expect(relations.nodes.length).toBeGreaterThan(0);
    for (const relation of [...relations.nodes, ...graph.edges]) {
      expect(relation.kind).toBe(relationKindOf(relation.type));
    }
  });
});

describe('kinds of tie on the demo corpus', () => {
  it('does not call Egypt and Israel allied: mediation and hosting are contact', async () => {
    const pair = await relationship('egypt', 'israel');
    expect(pair.label).not.toBe('allied');
    expect(pair.engagement.relations).toBeGreaterThan(0);
  });

  it('calls Israel and Turkey hostile or strained', async () => {
    const pair = await relationship('israel', 'turkey');
    expect(['hostile', 'strained']).toContain(pair.label);
    expect(pair.score).toBeLessThan(0);
  });

  it('counts relations and pieces of evidence apart, per kind', async () => {
    const pair = await relationship('israel', 'turkey');
    for (const kind of ['alignment', 'engagement', 'hostility'] as const) {
      const ofKind = pair.relations.filter((relation) => relation.kind === kind);
      expect(pair[kind]).toEqual({
        relations: ofKind.length,
        evidence: ofKind.reduce((sum, relation) => sum + relation.evidence.length, 0),
      });
    }
    expect(pair.hostility.evidence).toBeGreaterThan(pair.hostility.relations);
  });

  it('lists no alliance whose only evidence is mediation or hosting, nor any without alignment', async () => {
    const { alliances } = dataOf(
      await server.gql<{ alliances: Pair[] }>(`{ alliances(limit: 50) { ${PAIR_FIELDS} } }`),
    );
    expect(alliances.length).toBeGreaterThan(0);
    for (const pair of alliances) {
      const types = new Set(pair.relations.map((relation) => relation.type));
      expect(
        [...types].every((type) => type === 'mediates' || type === 'hosts'),
        `${pair.a.id}–${pair.b.id}`,
      ).toBe(false);
      expect(pair.alignment.relations, `${pair.a.id}–${pair.b.id}`).toBeGreaterThan(0);
    }
  });

  it('lists no tension without hostility', async () => {
    const { tensions } = dataOf(
      await server.gql<{ tensions: Pair[] }>(`{ tensions(limit: 50) { ${PAIR_FIELDS} } }`),
    );
    expect(tensions.length).toBeGreaterThan(0);
    for (const pair of tensions) expect(pair.hostility.relations).toBeGreaterThan(0);
  });
});

describe('mediation as a three-way fact', () => {
  it('names the third parties mediating between Israel and Hamas, with their relations to both', async () => {
    const result = dataOf(
      await server.gql<{
        relationship: {
          label: string;
          mediators: {
            mediator: { id: string };
            parties: { id: string }[];
            relations: { type: string }[];
            evidence: number;
          }[];
        };
      }>(
        `{ relationship(a: "israel", b: "hamas") { ... on Relationship { label
            mediators { mediator { id } parties { id } relations { type } evidence } } } }`,
      ),
    );
    const mediators = result.relationship.mediators;
    expect(mediators.map((m) => m.mediator.id)).toContain('egypt');
    for (const mediation of mediators) {
      expect(mediation.parties.map((p) => p.id)).toEqual(['israel', 'hamas']);
      expect(new Set(mediation.relations.map((r) => r.type))).toEqual(new Set(['mediates']));
      expect(mediation.evidence).toBeGreaterThanOrEqual(2);
    }
    // The mediators' contact does not make the parties allies.
    expect(result.relationship.label).not.toBe('allied');
  });
});
