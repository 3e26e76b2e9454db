import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldText } from '@entente/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_CORPUS } from '../src/paths.js';
import { dataOf, startTestServer, type TestServer } from './helpers.js';

// One server, seeded with the demo corpus once, answers every query of this file.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedCorpus: DEFAULT_SEED_CORPUS });
});
afterAll(() => server.dispose());

const corpusIds = (
  JSON.parse(readFileSync(join(DEFAULT_SEED_CORPUS, 'manifest.json'), 'utf8')) as {
    documents: { file: string }[];
  }
).documents.map((entry) => entry.file.replace(/\.txt$/, ''));

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
  nodes: { id: string }[];
}

/** Walks a connection page by page and returns every node id in order. */
async function walk(
  field: string,
  args: string,
  pageSize: number,
): Promise<{ ids: string[]; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let guard = 0; guard < 1000; guard += 1) {
    const query = `query ($first: Int!, $after: String) {
      page: ${field}(${args}${args ? ', ' : ''}first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } nodes { id }
      }
    }`;
    const data: { page: Page } = dataOf(await server.gql<{ page: Page }>(query, { first: pageSize, after }));
    const { page } = data;
    expect(page.nodes.map((node) => node.id)).toEqual(page.edges.map((edge) => edge.node.id));
    expect(page.nodes.length).toBeLessThanOrEqual(pageSize);
    totalCount = page.totalCount;
    ids.push(...page.nodes.map((node) => node.id));
    if (!page.pageInfo.hasNextPage) return { ids, totalCount };
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
    after = page.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

interface RelationView {
  id: string;
  type: string;
  polarity: string;
  weight: number;
  source: { id: string };
  target: { id: string };
}

async function allRelations(): Promise<RelationView[]> {
  const data = dataOf(
    await server.gql<{ relations: { nodes: RelationView[] } }>(
      '{ relations(first: 500) { nodes { id type polarity weight source { id } target { id } } } }',
    ),
  );
  return data.relations.nodes;
}

describe('stats and relation types', () => {
  it('counts the seeded corpus consistently', async () => {
    const { stats } = dataOf(
      await server.gql<{
        stats: {
          actors: number;
          relations: number;
          documents: number;
          evidence: number;
          cooperative: number;
          conflictual: number;
          neutral: number;
          byType: { type: string; count: number }[];
        };
      }>(
        '{ stats { actors relations documents evidence cooperative conflictual neutral byType { type count } } }',
      ),
    );
    expect(stats.documents).toBe(corpusIds.length);
    expect(stats.actors).toBeGreaterThan(5);
    expect(stats.relations).toBeGreaterThan(5);
    expect(stats.evidence).toBeGreaterThanOrEqual(stats.relations);
    expect(stats.cooperative + stats.conflictual + stats.neutral).toBe(stats.relations);
    expect(stats.byType.reduce((sum, entry) => sum + entry.count, 0)).toBe(stats.relations);
  });

  it('lists the fourteen relation types with their kind of tie, polarity and direction', async () => {
    const { relationTypes } = dataOf(
      await server.gql<{
        relationTypes: {
          type: string;
          kind: string;
          polarity: string;
          directed: boolean;
          cameo: string | null;
        }[];
      }>('{ relationTypes { type label kind polarity directed cameo description } }'),
    );
    // Thirteen, and `joins` since issue 13.
    expect(relationTypes).toHaveLength(14);
    // Meeting is contact (engagement), neutral since issue 13.
    expect(relationTypes.find((spec) => spec.type === 'meets')).toMatchObject({
      kind: 'engagement',
      polarity: 'neutral',
      directed: false,
      cameo: '040',
    });
    expect(relationTypes.find((spec) => spec.type === 'represents')?.cameo).toBeNull();
  });
});

describe('actors', () => {
  it('walks every page without duplicates, in folded alphabetical order', async () => {
    const { ids, totalCount } = await walk('actors', '', 4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(totalCount);
    const { stats } = dataOf(await server.gql<{ stats: { actors: number } }>('{ stats { actors } }'));
    expect(totalCount).toBe(stats.actors);
    const { actors } = dataOf(
      await server.gql<{ actors: { nodes: { id: string; name: string }[] } }>(
        '{ actors(first: 500) { nodes { id name } } }',
      ),
    );
    const keys = actors.nodes.map((actor) => `${foldText(actor.name)}\u0000${actor.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(actors.nodes.map((actor) => actor.id)).toEqual(ids);
  });

  it('searches names and aliases ignoring case and accents', async () => {
    const search = async (text: string) =>
      dataOf(
        await server.gql<{ actors: { nodes: { id: string }[]; totalCount: number } }>(
          'query ($s: String) { actors(search: $s) { totalCount nodes { id } } }',
          { s: text },
        ),
      ).actors;
    expect((await search('TÜRK')).nodes.map((actor) => actor.id)).toContain('turkey');
    expect((await search('türkiye')).nodes.map((actor) => actor.id)).toContain('turkey');
    expect((await search('egypt')).nodes.map((actor) => actor.id)).toContain('egypt');
    expect((await search('no such actor zzz')).totalCount).toBe(0);
  });

  it('ranks search matches: exact, name prefix, word of the name, alias, anywhere', async () => {
    const ranked = async (text: string) =>
      dataOf(
        await server.gql<{ actors: { nodes: { id: string; name: string; aliases: string[] }[] } }>(
          'query ($s: String) { actors(search: $s, first: 500) { nodes { id name aliases } } }',
          { s: text },
        ),
      ).actors.nodes;
    // An alias with "Turkish" in it must not come before the country itself.
    const tur = await ranked('tur');
    expect(tur[0]?.id).toBe('turkey');
    expect(tur.length).toBeGreaterThan(1);
    expect((await ranked('TÜR'))[0]?.id).toBe('turkey');
    expect((await ranked('fidan'))[0]?.id).toBe('hakan-fidan');
    expect((await ranked('isr'))[0]?.id).toBe('israel');
    // Name prefixes (alphabetical), then a word of a name, then matches inside words (alphabetical).
    const names = (await ranked('in')).map((actor) => actor.name);
    expect(names.slice(0, 3)).toEqual([
      'Indonesia',
      'International Stabilization Force',
      'National Intelligence Organization',
    ]);
    const rest = names.slice(3).map(foldText);
    expect(rest.length).toBeGreaterThan(1);
    expect(rest).toEqual([...rest].sort());
  });

  it('pages through a ranked search without duplicates or misses', async () => {
    for (const search of ['tur', 'in', 'a']) {
      const { actors } = dataOf(
        await server.gql<{ actors: { nodes: { id: string }[]; totalCount: number } }>(
          'query ($s: String) { actors(search: $s, first: 500) { totalCount nodes { id } } }',
          { s: search },
        ),
      );
      // Smaller pages than matches, so that cursors cross rank boundaries.
      expect(actors.totalCount).toBeGreaterThan(1);
      const { ids, totalCount } = await walk('actors', `search: ${JSON.stringify(search)}`, 1);
      expect(totalCount).toBe(actors.totalCount);
      expect(ids).toEqual(actors.nodes.map((actor) => actor.id));
    }
  });

  it('filters by kind', async () => {
    const { actors } = dataOf(
      await server.gql<{ actors: { nodes: { kind: string }[]; totalCount: number } }>(
        '{ actors(kind: state, first: 500) { totalCount nodes { kind } } }',
      ),
    );
    expect(actors.totalCount).toBeGreaterThan(0);
    expect(actors.nodes.every((actor) => actor.kind === 'state')).toBe(true);
  });

  it('resolves an actor with its analytics, relations, neighbours and documents', async () => {
    const result = dataOf(
      await server.gql<{
        actor: {
          __typename: string;
          id: string;
          name: string;
          kind: string;
          mentions: number;
          degree: number;
          community: number | null;
          centrality: number;
          relations: RelationView[];
          neighbors: { id: string }[];
          documents: { id: string }[];
          cooperative: { polarity: string }[];
          alignedOrHostile: { polarity: string }[];
        };
      }>(
        `{ actor(id: "turkey") { __typename ... on Actor {
            id name kind aliases mentions degree community centrality
            relations { id type polarity weight source { id } target { id } }
            cooperative: relations(filter: { polarity: cooperative }) { polarity }
            alignedOrHostile: relations(filter: { polarities: [cooperative, conflictual] }) { polarity }
            neighbors { id }
            documents { id }
        } } }`,
      ),
    );
    const actor = result.actor;
    expect(actor).toMatchObject({ __typename: 'Actor', id: 'turkey', kind: 'state' });
    expect(actor.mentions).toBeGreaterThan(0);
    expect(actor.degree).toBe(actor.neighbors.length);
    expect(actor.centrality).toBeGreaterThanOrEqual(0);
    expect(actor.centrality).toBeLessThanOrEqual(1);
    expect(actor.relations.length).toBeGreaterThan(0);
    expect(
      actor.relations.every((relation) => relation.source.id === 'turkey' || relation.target.id === 'turkey'),
    ).toBe(true);
    expect(actor.cooperative.every((relation) => relation.polarity === 'cooperative')).toBe(true);
    expect(actor.alignedOrHostile.length).toBeGreaterThan(actor.cooperative.length);
    expect(actor.alignedOrHostile.every((relation) => relation.polarity !== 'neutral')).toBe(true);
    expect(actor.documents.every((document) => corpusIds.includes(document.id))).toBe(true);
  });

  it('gives a person the actor they act for', async () => {
    const { actor } = dataOf(
      await server.gql<{ actor: { affiliation: { id: string } | null } }>(
        '{ actor(id: "hakan-fidan") { ... on Actor { affiliation { id kind } } } }',
      ),
    );
    expect(actor.affiliation?.id).toBe('turkey');
  });

  it('answers NotFoundError for an unknown id', async () => {
    const { actor } = dataOf(
      await server.gql<{ actor: unknown }>(
        '{ actor(id: "atlantis") { __typename ... on NotFoundError { id code message } } }',
      ),
    );
    expect(actor).toMatchObject({ __typename: 'NotFoundError', id: 'atlantis', code: 'NOT_FOUND' });
  });
});

describe('relations', () => {
  it('walks every page without duplicates', async () => {
    const { ids, totalCount } = await walk('relations', '', 7);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(totalCount);
    expect(ids).toEqual([...ids].sort());
  });

  it('filters by type, polarity, actor and weight', async () => {
    const relations = await allRelations();
    const type = relations[0]!.type;
    const filtered = async (filter: string) =>
      dataOf(
        await server.gql<{ relations: { nodes: RelationView[]; totalCount: number } }>(
          `{ relations(filter: ${filter}, first: 500) { totalCount nodes { id type polarity weight source { id } target { id } } } }`,
        ),
      ).relations;
    const byType = await filtered(`{ types: [${type}] }`);
    expect(byType.totalCount).toBe(relations.filter((relation) => relation.type === type).length);
    const conflictual = await filtered('{ polarity: conflictual }');
    expect(conflictual.nodes.every((relation) => relation.polarity === 'conflictual')).toBe(true);
    expect(conflictual.totalCount).toBe(
      relations.filter((relation) => relation.polarity === 'conflictual').length,
    );
    const notNeutral = await filtered('{ polarities: [cooperative, conflictual] }');
    expect(notNeutral.totalCount).toBe(
      relations.filter((relation) => relation.polarity !== 'neutral').length,
    );
    const ofEgypt = await filtered('{ actor: "egypt" }');
    expect(ofEgypt.totalCount).toBeGreaterThan(0);
    expect(
      ofEgypt.nodes.every((relation) => relation.source.id === 'egypt' || relation.target.id === 'egypt'),
    ).toBe(true);
    const heavy = await filtered('{ minWeight: 2 }');
    expect(heavy.nodes.every((relation) => relation.weight >= 2)).toBe(true);
    expect(heavy.totalCount).toBe(relations.filter((relation) => relation.weight >= 2).length);
  });

  it('narrows evidence to a time window', async () => {
    const { relations } = dataOf(
      await server.gql<{ relations: { nodes: { evidence: { date: string | null }[] }[] } }>(
        '{ relations(filter: { since: "2025-11-05", until: "2025-11-30" }, first: 500) { nodes { evidence { date } } } }',
      ),
    );
    const dates = relations.nodes.flatMap((relation) => relation.evidence.map((evidence) => evidence.date));
    expect(dates.length).toBeGreaterThan(0);
    expect(
      dates.every((date) => date !== null && date >= '2025-11-05' && date.slice(0, 10) <= '2025-11-30'),
    ).toBe(true);
  });

  it('resolves a relation by id with evidence quoting its document', async () => {
    const [first] = await allRelations();
    const { relation } = dataOf(
      await server.gql<{
        relation: {
          id: string;
          evidence: { quote: string; start: number; end: number; document: { id: string; text: string } }[];
        };
      }>(
        'query ($id: ID!) { relation(id: $id) { ... on Relation { id evidence { quote start end sentence confidence date document { id text } } } } }',
        { id: first!.id },
      ),
    );
    expect(relation.id).toBe(first!.id);
    expect(relation.evidence.length).toBeGreaterThan(0);
    for (const evidence of relation.evidence) {
      expect(evidence.document.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
    const missing = dataOf(
      await server.gql<{ relation: unknown }>(
        '{ relation(id: "a|meets|b") { __typename ... on NotFoundError { id } } }',
      ),
    );
    expect(missing.relation).toEqual({ __typename: 'NotFoundError', id: 'a|meets|b' });
  });

  it('gives the first pieces of evidence of a relation when asked, and how many there are', async () => {
    const busiest = (await allRelations()).sort((a, b) => b.weight - a.weight)[0]!;
    type Pieces = { relation: { evidenceCount: number; evidence: { quote: string }[] } };
    const query =
      'query ($id: ID!, $first: Int) { relation(id: $id) { ... on Relation { evidenceCount evidence(first: $first) { quote } } } }';
    const all = dataOf(await server.gql<Pieces>(query, { id: busiest.id })).relation;
    expect(all.evidence.length).toBe(all.evidenceCount);
    expect(all.evidenceCount).toBeGreaterThan(1);
    const one = dataOf(await server.gql<Pieces>(query, { id: busiest.id, first: 1 })).relation;
    expect(one).toEqual({ evidenceCount: all.evidenceCount, evidence: all.evidence.slice(0, 1) });
    const negative = await server.gql(query, { id: busiest.id, first: -1 });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', argument: 'first' });
  });
});

describe('pairwise and global analytics', () => {
  it('scores the relationship of two related actors', async () => {
    const [first] = await allRelations();
    const { relationship } = dataOf(
      await server.gql<{
        relationship: {
          a: { id: string };
          b: { id: string };
          score: number;
          label: string;
          relations: { id: string }[];
        };
      }>(
        'query ($a: ID!, $b: ID!) { relationship(a: $a, b: $b) { ... on Relationship { a { id } b { id } score label cooperative conflictual relations { id } } } }',
        { a: first!.source.id, b: first!.target.id },
      ),
    );
    expect(relationship.score).toBeGreaterThanOrEqual(-1);
    expect(relationship.score).toBeLessThanOrEqual(1);
    expect(['allied', 'strained', 'hostile', 'mixed', 'engaged']).toContain(relationship.label);
    expect(relationship.relations.map((relation) => relation.id)).toContain(first!.id);
    const unknown = dataOf(
      await server.gql<{ relationship: unknown }>(
        '{ relationship(a: "turkey", b: "atlantis") { ... on NotFoundError { id } } }',
      ),
    );
    expect(unknown.relationship).toEqual({ id: 'atlantis' });
  });

  it('finds a path along existing relations', async () => {
    const [first] = await allRelations();
    const { path } = dataOf(
      await server.gql<{ path: { actors: { id: string }[]; relations: { id: string }[]; length: number } }>(
        'query ($from: ID!, $to: ID!) { path(from: $from, to: $to) { ... on Path { actors { id } relations { id } length } } }',
        { from: first!.source.id, to: first!.target.id },
      ),
    );
    expect(path.length).toBe(1);
    expect(path.actors.map((actor) => actor.id)).toEqual([first!.source.id, first!.target.id]);
    const unknown = dataOf(
      await server.gql<{ path: { __typename: string } }>(
        '{ path(from: "atlantis", to: "turkey") { __typename } }',
      ),
    );
    expect(unknown.path.__typename).toBe('NotFoundError');
  });

  it('partitions actors into communities', async () => {
    const { communities, stats } = dataOf(
      await server.gql<{
        communities: { id: number; size: number; actors: { id: string }[] }[];
        stats: { actors: number };
      }>('{ communities { id size actors { id } } stats { actors } }'),
    );
    const members = communities.flatMap((community) => community.actors.map((actor) => actor.id));
    expect(new Set(members).size).toBe(members.length);
    expect(members.length).toBeLessThanOrEqual(stats.actors);
    for (const community of communities) expect(community.size).toBe(community.actors.length);
    const sizes = communities.map((community) => community.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('ranks tensions and alliances and lists unbalanced triads', async () => {
    const data = dataOf(
      await server.gql<{
        tensions: { score: number; a: { id: string } }[];
        alliances: { score: number }[];
        unbalancedTriads: { actors: { id: string }[]; signs: number[] }[];
      }>(
        '{ tensions(limit: 3) { score label a { id } b { id } } alliances(limit: 3) { score label relations { id } } unbalancedTriads(limit: 5) { actors { id } signs } }',
      ),
    );
    expect(data.tensions.length).toBeLessThanOrEqual(3);
    expect(data.alliances.length).toBeGreaterThan(0);
    expect(data.alliances.length).toBeLessThanOrEqual(3);
    expect(data.tensions.every((tension) => tension.score < 0)).toBe(true);
    expect(data.alliances.every((alliance) => alliance.score > 0)).toBe(true);
    for (const triad of data.unbalancedTriads) {
      expect(triad.actors).toHaveLength(3);
      expect(triad.signs.reduce((product, sign) => product * sign, 1)).toBeLessThan(0);
    }
  });

  it('rolls officials up to their state when asked', async () => {
    interface Summary {
      score: number;
      label: string;
      engagement: { relations: number; evidence: number };
      relations: { id: string; type: string; source: { id: string }; target: { id: string } }[];
    }
    const query = `query ($rollup: Boolean) {
      relationship(a: "turkey", b: "egypt", rollup: $rollup) {
        ... on Relationship { score label engagement { relations evidence } relations { id type source { id } target { id } } }
      }
    }`;
    const plain = dataOf(await server.gql<{ relationship: Summary }>(query, {})).relationship;
    const rolled = dataOf(await server.gql<{ relationship: Summary }>(query, { rollup: true })).relationship;
    const hosting = 'hakan-fidan|hosts|badr-abdelatty';
    // Without rollup only state-to-state edges count; the foreign ministers' hosting is theirs alone.
    expect(plain.relations.map((relation) => relation.id)).not.toContain(hosting);
    expect(
      plain.relations.every(
        (relation) => [relation.source.id, relation.target.id].sort().join() === 'egypt,turkey',
      ),
    ).toBe(true);
    // With rollup Fidan (Turkey) hosting Abdelatty (Egypt) weighs on Turkey–Egypt.
    expect(rolled.relations.map((relation) => relation.id)).toContain(hosting);
    expect(rolled.relations.map((relation) => relation.id)).toEqual(
      expect.arrayContaining(plain.relations.map((relation) => relation.id)),
    );
    // Hosting is contact: it adds to the pair's engagement (issue 13), not to its alignment.
    expect(rolled.engagement.relations).toBeGreaterThan(plain.engagement.relations);
    expect(rolled.label).toBe('allied');
    expect(rolled.score).toBeGreaterThan(0);
    // An explicit false is the default.
    const explicit = dataOf(
      await server.gql<{ relationship: Summary }>(query, { rollup: false }),
    ).relationship;
    expect(explicit).toEqual(plain);
  });

  it('ranks rolled-up tensions and alliances between states and organizations, cached apart', async () => {
    interface Pair {
      a: { id: string; kind: string };
      b: { id: string; kind: string };
      score: number;
      relations: { source: { id: string }; target: { id: string } }[];
    }
    const query = `query ($rollup: Boolean) {
      tensions(limit: 10, rollup: $rollup) { a { id kind } b { id kind } score relations { source { id } target { id } } }
      alliances(limit: 10, rollup: $rollup) { a { id kind } b { id kind } score relations { source { id } target { id } } }
    }`;
    type Rankings = { tensions: Pair[]; alliances: Pair[] };
    const plain = dataOf(await server.gql<Rankings>(query, {}));
    const rolled = dataOf(await server.gql<Rankings>(query, { rollup: true }));
    const involvesPerson = (pair: Pair) => pair.a.kind === 'person' || pair.b.kind === 'person';
    // The demo corpus ranks a person among the plain tensions; rolled up, every person acts for a state.
    expect(plain.tensions.some(involvesPerson)).toBe(true);
    expect(rolled.tensions.length).toBeGreaterThan(0);
    expect(rolled.tensions.some(involvesPerson)).toBe(false);
    expect(rolled.tensions.every((pair) => pair.score < 0)).toBe(true);
    expect(rolled.alliances.every((pair) => pair.score > 0)).toBe(true);
    // Some rolled-up pair is backed by an edge of someone acting for one of its ends.
    const throughPeople = [...rolled.tensions, ...rolled.alliances].some((pair) =>
      pair.relations.some((relation) => relation.source.id !== pair.a.id && relation.source.id !== pair.b.id),
    );
    expect(throughPeople).toBe(true);
    // The cache keeps the two readings apart: asking plain again after rolled gives the plain answer.
    expect(dataOf(await server.gql<Rankings>(query, { rollup: false }))).toEqual(plain);
  });

  it('refuses limits and page sizes beyond the maximum', async () => {
    const response = await server.gql('{ tensions(limit: 100000) { score } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    const page = await server.gql('{ actors(first: 501) { totalCount } }');
    expect(page.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    const cursor = await server.gql('{ actors(after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(cursor.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
  });
});

describe('documents', () => {
  it('walks the documents in ingestion order', async () => {
    const { ids, totalCount } = await walk('documents', '', 2);
    expect(ids).toEqual(corpusIds);
    expect(totalCount).toBe(corpusIds.length);
  });

  it('resolves a document with its text, metadata and relations', async () => {
    const { document } = dataOf(
      await server.gql<{
        document: {
          id: string;
          title: string;
          publishedAt: string;
          ingestedAt: string;
          text: string;
          relations: { id: string }[];
        };
      }>(
        'query ($id: ID!) { document(id: $id) { ... on Document { id title source url publishedAt ingestedAt text relations { id } } } }',
        { id: corpusIds[4] },
      ),
    );
    expect(document.id).toBe(corpusIds[4]);
    expect(document.title).toMatch(/Fidan hosts Abdelatty/);
    expect(document.publishedAt).toBe('2025-11-11');
    expect(Number.isNaN(Date.parse(document.ingestedAt))).toBe(false);
    expect(document.text).toBe(
      readFileSync(join(DEFAULT_SEED_CORPUS, `${corpusIds[4]}.txt`), 'utf8').replace(/^\uFEFF/, ''),
    );
    expect(document.relations.length).toBeGreaterThan(0);
    const missing = dataOf(
      await server.gql<{ document: unknown }>(
        '{ document(id: "doc-0000") { ... on NotFoundError { code id } } }',
      ),
    );
    expect(missing.document).toEqual({ code: 'NOT_FOUND', id: 'doc-0000' });
  });
});

describe('graph view', () => {
  interface View {
    nodes: {
      id: string;
      kind: string;
      degree: number;
      centrality: number;
      community: number | null;
      mentions: number;
    }[];
    edges: { id: string; source: string; target: string; type: string }[];
    totalNodes: number;
    totalEdges: number;
  }
  const viewQuery =
    'query ($filter: GraphFilter) { graph(filter: $filter) { totalNodes totalEdges nodes { id label kind community degree centrality mentions } edges { id source target type polarity directed weight firstSeen lastSeen } } }';

  it('returns layout-ready nodes and edges whose ends are nodes', async () => {
    const { graph } = dataOf(await server.gql<{ graph: View }>(viewQuery));
    expect(graph.edges.length).toBe(graph.totalEdges);
    expect(graph.nodes.length).toBeLessThanOrEqual(graph.totalNodes);
    const nodeIds = new Set(graph.nodes.map((node) => node.id));
    for (const edge of graph.edges) {
      expect(nodeIds.has(edge.source)).toBe(true);
      expect(nodeIds.has(edge.target)).toBe(true);
    }
    // Isolated actors are hidden by default: everyone shown has a relation.
    expect(graph.nodes.every((node) => node.degree > 0)).toBe(true);
    const all = dataOf(await server.gql<{ graph: View }>(viewQuery, { filter: { hideIsolated: false } }));
    expect(all.graph.nodes.length).toBe(all.graph.totalNodes);
  });

  it('applies type and kind filters', async () => {
    const byType = dataOf(
      await server.gql<{ graph: View }>(viewQuery, { filter: { types: ['hosts'] } }),
    ).graph;
    expect(byType.edges.length).toBeGreaterThan(0);
    expect(byType.edges.length).toBeLessThan(byType.totalEdges);
    expect(byType.edges.every((edge) => edge.type === 'hosts')).toBe(true);
    const states = dataOf(
      await server.gql<{ graph: View }>(viewQuery, { filter: { kinds: ['state'], hideIsolated: false } }),
    ).graph;
    expect(states.nodes.length).toBeGreaterThan(0);
    expect(states.nodes.length).toBeLessThan(states.totalNodes);
    expect(states.nodes.every((node) => node.kind === 'state')).toBe(true);
  });
});
