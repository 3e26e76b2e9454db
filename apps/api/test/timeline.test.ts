// Issue 13: how a relationship and an actor's ties changed, bucket by bucket, on the demo corpus the
// server seeds, against the real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_CORPUS } from '../src/paths.js';
import { dataOf, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedCorpus: DEFAULT_SEED_CORPUS });
});
afterAll(() => server.dispose());

interface Count {
  relations: number;
  evidence: number;
}
interface Point {
  start: string;
  end: string;
  score: number;
  label: string;
  alignment: Count;
  engagement: Count;
  hostility: Count;
}
const POINT =
  'start end score label alignment { relations evidence } engagement { relations evidence } hostility { relations evidence }';

describe('timelines', () => {
  it('splits Israel–Turkey into weeks whose evidence adds up to the dated evidence', async () => {
    const query = `{ relationship(a: "israel", b: "turkey") { ... on Relationship {
      hostility { evidence } timeline(bucket: WEEK) { ${POINT} }
      relations { evidence { date } }
    } } }`;
    const { relationship } = dataOf(
      await server.gql<{
        relationship: {
          hostility: Count;
          timeline: Point[];
          relations: { evidence: { date: string | null }[] }[];
        };
      }>(query),
    );
    const { timeline } = relationship;
    expect(timeline.length).toBeGreaterThan(0);
    for (const point of timeline) {
      expect(point.start <= point.end).toBe(true);
      // A week runs Monday to Sunday.
      expect(new Date(`${point.start}T00:00:00Z`).getUTCDay()).toBe(1);
      expect(Date.parse(point.end) - Date.parse(point.start)).toBe(6 * 86_400_000);
    }
    expect([...timeline].sort((x, y) => (x.start < y.start ? -1 : 1))).toEqual(timeline);
    const dated = relationship.relations.flatMap((r) => r.evidence).filter((e) => e.date !== null).length;
    const counted = timeline.reduce(
      (sum, p) => sum + p.alignment.evidence + p.engagement.evidence + p.hostility.evidence,
      0,
    );
    expect(counted).toBeLessThanOrEqual(dated);
    expect(timeline.some((p) => p.hostility.evidence > 0 && p.score < 0)).toBe(true);
  });

  it('gives an actor its ties with everyone by month', async () => {
    const query = `{ actor(id: "turkey") { ... on Actor { timeline(bucket: MONTH) { ${POINT} } } } }`;
    const { actor } = dataOf(await server.gql<{ actor: { timeline: Point[] } }>(query));
    expect(actor.timeline.length).toBeGreaterThan(0);
    for (const point of actor.timeline) {
      expect(point.start.endsWith('-01')).toBe(true);
      expect(point.alignment.evidence + point.engagement.evidence + point.hostility.evidence).toBeGreaterThan(
        0,
      );
    }
  });
});
