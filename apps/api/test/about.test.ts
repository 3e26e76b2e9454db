// Issue 13: every piece of evidence says what the relation is about, and the actors it concerns lead
// back to it — on the demo corpus the server seeds, against the real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_CORPUS } from '../src/paths.js';
import { dataOf, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedCorpus: DEFAULT_SEED_CORPUS });
});
afterAll(() => server.dispose());

interface AboutEvidence {
  quote: string;
  start: number;
  about: string | null;
  aboutStart: number | null;
  aboutEnd: number | null;
  aboutActors: { id: string }[];
  document: { text: string };
}

describe('what a relation is about', () => {
  it('says Israel opposes Turkey about a Turkish role in the stabilization force, verbatim', async () => {
    const query = `{ relationship(a: "israel", b: "turkey") { ... on Relationship {
      relations { type source { id } evidence { quote start about aboutStart aboutEnd aboutActors { id } document { text } } }
    } } }`;
    const { relationship } = dataOf(
      await server.gql<{
        relationship: { relations: { type: string; source: { id: string }; evidence: AboutEvidence[] }[] };
      }>(query),
    );
    const opposition = relationship.relations.filter((r) => r.type === 'opposes' && r.source.id === 'israel');
    const evidence = opposition.flatMap((r) => r.evidence).filter((e) => e.about !== null);
    expect(evidence.length).toBeGreaterThan(0);
    const aboutTheForce = evidence.filter(
      (e) =>
        /stabilization force|peacekeeping/i.test(e.about ?? '') &&
        e.aboutActors.some((a) => a.id === 'international-stabilization-force'),
    );
    expect(aboutTheForce.length).toBeGreaterThan(0);
    for (const e of evidence) {
      expect(e.document.text.slice(e.aboutStart ?? -1, e.aboutEnd ?? -1)).toBe(e.about);
      expect(e.quote).toContain(e.about);
    }
  });

  it('leads from the stabilization force to the relations that concern it', async () => {
    const query = `{ actor(id: "international-stabilization-force") { ... on Actor { concernedBy { source { id } type target { id } } } } }`;
    const { actor } = dataOf(
      await server.gql<{
        actor: { concernedBy: { source: { id: string }; type: string; target: { id: string } }[] };
      }>(query),
    );
    expect(actor.concernedBy).toContainEqual({
      source: { id: 'israel' },
      type: 'opposes',
      target: { id: 'turkey' },
    });
  });
});
