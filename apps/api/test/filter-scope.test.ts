// Issue 10/13: the panels read actors, relations, relationships and rankings within the map's filter, and
// the evidence timeline under the map counts every dated piece of evidence — on the demo corpus, against
// the real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_CORPUS } from '../src/paths.js';
import { dataOf, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  // Seeding is set-up here: a busy machine must not fail it (the extraction budget has its own tests).
  server = await startTestServer({ seedCorpus: DEFAULT_SEED_CORPUS, extractionTimeoutMs: 60_000 });
});
afterAll(() => server.dispose());

const WINDOW = '{ since: "2025-11-06", until: "2025-11-30" }';
interface Rel {
  id: string;
  weight: number;
  evidence: { date: string | null }[];
}
const REL = 'id weight evidence { date }';
const inWindow = (date: string | null) => date !== null && date >= '2025-11-06' && date <= '2025-11-30';

describe('panels within the map filter', () => {
  it('leaves the 3 November evidence out of Israel–Turkey when the map shows 6–30 November', async () => {
    const { all, within } = dataOf(
      await server.gql<{
        all: { hostility: { evidence: number }; relations: Rel[] };
        within: { hostility: { evidence: number }; relations: Rel[] };
      }>(`{
        all: relationship(a: "israel", b: "turkey") { ... on Relationship { hostility { evidence } relations { ${REL} } } }
        within: relationship(a: "israel", b: "turkey", filter: ${WINDOW}) {
          ... on Relationship { hostility { evidence } relations { ${REL} } }
        }
      }`),
    );
    const allDates = all.relations.flatMap((r) => r.evidence.map((e) => e.date));
    expect(allDates).toContain('2025-11-03');
    const dates = within.relations.flatMap((r) => r.evidence.map((e) => e.date));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every(inWindow)).toBe(true);
    expect(within.hostility.evidence).toBeLessThan(all.hostility.evidence);
    // A relation reported only on 3 November (Israel blocks Turkey) is not among the pair's within the window.
    expect(all.relations.map((r) => r.id)).toContain('israel|blocks|turkey');
    expect(within.relations.map((r) => r.id)).not.toContain('israel|blocks|turkey');
  });

  it('narrows an actor, a relation and their counts; a relation left out keeps its name with nothing in it', async () => {
    const data = dataOf(
      await server.gql<{
        actor: { degree: number; relations: Rel[] };
        full: { degree: number; relations: Rel[] };
        relation: Rel;
        gone: Rel & { source: { id: string } };
        conflict: { relations: { polarity: string }[] };
      }>(`{
        actor(id: "israel", filter: ${WINDOW}) { ... on Actor { degree relations { ${REL} } } }
        full: actor(id: "israel") { ... on Actor { degree relations { ${REL} } } }
        relation(id: "israel|opposes|turkey", filter: ${WINDOW}) { ... on Relation { ${REL} } }
        gone: relation(id: "israel|blocks|turkey", filter: ${WINDOW}) { ... on Relation { ${REL} source { id } } }
        conflict: actor(id: "israel", filter: { polarities: [conflictual] }) { ... on Actor { relations { polarity } } }
      }`),
    );
    expect(data.actor.relations.length).toBeGreaterThan(0);
    expect(data.actor.relations.length).toBeLessThan(data.full.relations.length);
    expect(data.actor.degree).toBeLessThanOrEqual(data.full.degree);
    for (const relation of data.actor.relations)
      expect(relation.evidence.every((e) => inWindow(e.date))).toBe(true);
    expect(data.relation.evidence.map((e) => e.date)).toEqual(['2025-11-07', '2025-11-11']);
    expect(data.relation.weight).toBe(2);
    expect(data.gone).toEqual({
      id: 'israel|blocks|turkey',
      weight: 0,
      evidence: [],
      source: { id: 'israel' },
    });
    expect(data.conflict.relations.length).toBeGreaterThan(0);
    expect(data.conflict.relations.every((r) => r.polarity === 'conflictual')).toBe(true);
  });

  it('ranks alliances and tensions on the evidence within the filter', async () => {
    type Pair = { a: { id: string }; b: { id: string }; score: number; relations: Rel[] };
    const PAIR = `a { id } b { id } score relations { ${REL} }`;
    const data = dataOf(
      await server.gql<{ alliances: Pair[]; tensions: Pair[]; none: Pair[] }>(`{
        alliances(limit: 5, filter: ${WINDOW}) { ${PAIR} }
        tensions(limit: 5, filter: ${WINDOW}) { ${PAIR} }
        none: alliances(filter: { since: "2030-01-01" }) { ${PAIR} }
      }`),
    );
    expect(data.alliances.length).toBeGreaterThan(0);
    expect(data.tensions.length).toBeGreaterThan(0);
    for (const pair of [...data.alliances, ...data.tensions]) {
      for (const relation of pair.relations)
        expect(relation.evidence.every((e) => inWindow(e.date))).toBe(true);
    }
    expect(data.alliances.every((pair) => pair.score > 0)).toBe(true);
    expect(data.tensions.every((pair) => pair.score < 0)).toBe(true);
    expect(data.none).toEqual([]);
  });
});

describe('evidenceTimeline', () => {
  it('counts every piece of evidence once, by day and kind of tie, whatever dates the filter holds', async () => {
    type Day = { date: string; alignment: number; engagement: number; hostility: number; role: number };
    const TIMELINE = 'first last undated days { date alignment engagement hostility role }';
    const data = dataOf(
      await server.gql<{
        stats: { evidence: number };
        all: { first: string; last: string; undated: number; days: Day[] };
        dated: { days: Day[] };
        hostile: { days: Day[]; undated: number };
      }>(`{
        stats { evidence }
        all: evidenceTimeline { ${TIMELINE} }
        dated: evidenceTimeline(filter: ${WINDOW}) { ${TIMELINE} }
        hostile: evidenceTimeline(filter: { polarities: [conflictual] }) { ${TIMELINE} }
      }`),
    );
    const { all } = data;
    const total = all.days.reduce((sum, d) => sum + d.alignment + d.engagement + d.hostility + d.role, 0);
    expect(total + all.undated).toBe(data.stats.evidence);
    expect(all.days.map((d) => d.date)).toEqual([...all.days.map((d) => d.date)].sort());
    expect(all.first).toBe(all.days[0]?.date);
    expect(all.last).toBe(all.days.at(-1)?.date);
    // The filter's dates do not shrink the span a range is chosen from.
    expect(data.dated.days).toEqual(all.days);
    expect(data.hostile.days.length).toBeGreaterThan(0);
    for (const day of data.hostile.days) {
      expect(day.alignment + day.engagement + day.role).toBe(0);
      expect(day.hostility).toBe(all.days.find((d) => d.date === day.date)?.hostility);
    }
  });
});

describe('unbalancedTriads within the map filter', () => {
  // Peru and Chile cooperate (4 Nov), Chile and Bolivia too (5 Nov), then Peru turns on Bolivia (10 Nov):
  // the friend of my friend is my enemy, but only once the 10 November evidence is in the window.
  let fresh: TestServer;
  beforeAll(async () => {
    fresh = await startTestServer({ seedCorpus: null, extractionTimeoutMs: 60_000 });
    const articles = [
      ['2025-11-04', 'Peru and Chile signed a defence cooperation agreement in Lima on Tuesday.'],
      ['2025-11-05', 'Chile and Bolivia signed a trade agreement in Santiago, deepening their alliance.'],
      ['2025-11-10', 'Peru condemned Bolivia for its border incursions and imposed sanctions on Bolivia.'],
    ];
    for (const [publishedAt, text] of articles) {
      const outcome = dataOf(
        await fresh.gql<{ ingestArticle: { __typename: string } }>(
          'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { __typename } }',
          { input: { text, publishedAt } },
        ),
      );
      expect(outcome.ingestArticle.__typename).toBe('IngestSuccess');
    }
  });
  afterAll(() => fresh.dispose());

  type TriadRow = { actors: { id: string }[]; signs: number[] };
  const TRIADS = (filter: string) => `unbalancedTriads(limit: 5${filter}) { actors { id } signs }`;

  it('signs the pairs on what the filter keeps, as the map shows them', async () => {
    const data = dataOf(
      await fresh.gql<{ all: TriadRow[]; early: TriadRow[]; late: TriadRow[]; cooperative: TriadRow[] }>(`{
        all: ${TRIADS('')}
        early: ${TRIADS(', filter: { until: "2025-11-08" }')}
        late: ${TRIADS(', filter: { since: "2025-11-04", until: "2025-11-10" }')}
        cooperative: ${TRIADS(', filter: { polarities: [cooperative] }')}
      }`),
    );
    expect(data.all).toEqual([
      { actors: [{ id: 'bolivia' }, { id: 'chile' }, { id: 'peru' }], signs: [1, 1, -1] },
    ]);
    expect(data.late).toEqual(data.all);
    // Before 8 November Peru and Bolivia have no tie: no triangle, so nothing to balance.
    expect(data.early).toEqual([]);
    expect(data.cooperative).toEqual([]);
  });
});
