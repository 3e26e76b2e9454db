import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, generatedArticle, startTestServer, type TestServer } from './helpers.js';

const INGEST = `mutation ($input: ArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on IngestSuccess { created document { id title publishedAt text } relations { id type source { id } target { id } weight } }
    ... on InvalidInputError { code message field }
    ... on TooLargeError { code message limit actual }
  }
}`;

const REMOVE = `mutation ($id: ID!) {
  removeDocument(id: $id) {
    __typename
    ... on RemoveSuccess { id removedRelations }
    ... on NotFoundError { id code }
  }
}`;

interface IngestPayload {
  __typename: string;
  created?: boolean;
  document?: { id: string; title: string | null; publishedAt: string | null; text: string };
  relations?: { id: string; type: string; weight: number }[];
  code?: string;
  field?: string | null;
  limit?: number;
  actual?: number;
}

async function ingest(server: TestServer, input: Record<string, unknown>, token?: string) {
  const response = await server.gql<{ ingestArticle: IngestPayload }>(
    INGEST,
    { input },
    token === undefined ? {} : { token },
  );
  return dataOf(response).ingestArticle;
}

async function documentCount(server: TestServer): Promise<number> {
  return dataOf(await server.gql<{ stats: { documents: number } }>('{ stats { documents } }')).stats
    .documents;
}

describe('ingestArticle and removeDocument (no token)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seedCorpus: null });
  });
  afterAll(() => server.dispose());

  it('extracts, persists and adds an article in one step', async () => {
    const result = await ingest(server, {
      text: generatedArticle(1),
      title: 'Fidan hosts Abdelatty',
      publishedAt: '2025-11-11',
    });
    expect(result.__typename).toBe('IngestSuccess');
    expect(result.created).toBe(true);
    expect(result.document?.id).toMatch(/^doc-[0-9a-f]{16}$/);
    expect(result.document).toMatchObject({
      title: 'Fidan hosts Abdelatty',
      publishedAt: '2025-11-11',
      text: generatedArticle(1),
    });
    expect(result.relations?.length).toBeGreaterThan(0);
    const { graph } = dataOf(
      await server.gql<{ graph: { edges: { id: string }[] } }>('{ graph { edges { id } } }'),
    );
    for (const relation of result.relations ?? [])
      expect(graph.edges.map((edge) => edge.id)).toContain(relation.id);
    expect(await documentCount(server)).toBe(1);
  });

  it('is idempotent: the same text again creates nothing', async () => {
    const before = dataOf(
      await server.gql<{ stats: unknown }>('{ stats { documents actors relations evidence } }'),
    );
    const again = await ingest(server, { text: generatedArticle(1), title: 'Another title' });
    expect(again.created).toBe(false);
    expect(again.document?.title).toBe('Fidan hosts Abdelatty');
    expect(again.relations?.length).toBeGreaterThan(0);
    const after = dataOf(
      await server.gql<{ stats: unknown }>('{ stats { documents actors relations evidence } }'),
    );
    expect(after).toEqual(before);
  });

  it('strengthens a relation reported by a second article', async () => {
    const first = await ingest(server, { text: generatedArticle(1) });
    const second = await ingest(server, { text: generatedArticle(2) });
    expect(second.created).toBe(true);
    const shared = second.relations?.find((relation) =>
      first.relations?.some((other) => other.id === relation.id),
    );
    expect(shared?.weight).toBe(2);
  });

  it('tells the relations an article added from those it strengthened, and names its actors', async () => {
    const CHANGES = `mutation ($input: ArticleInput!) {
      ingestArticle(input: $input) {
        ... on IngestSuccess { created relations { id } added { id weight } strengthened { id weight } actors { id } }
      }
    }`;
    interface Changes {
      created: boolean;
      relations: { id: string }[];
      added: { id: string; weight: number }[];
      strengthened: { id: string; weight: number }[];
      actors: { id: string }[];
    }
    const send = async (text: string) =>
      dataOf(await server.gql<{ ingestArticle: Changes }>(CHANGES, { input: { text } })).ingestArticle;
    const ids = (list: { id: string }[]) => list.map((item) => item.id).sort();

    const first = await send('Peru and Chile signed a defence cooperation agreement in Lima on Tuesday.');
    expect(ids(first.added)).toEqual(ids(first.relations));
    expect(first.added.length).toBeGreaterThan(0);
    expect(first.strengthened).toEqual([]);
    expect(ids(first.actors)).toEqual(['chile', 'peru']);

    // The same alliance again, and a new criticism: one relation strengthened, one added.
    const second = await send(
      'Peru and Chile agreed to deepen cooperation on Friday. Chile criticized Bolivia over the border.',
    );
    expect(ids(second.strengthened)).toEqual(ids(first.added));
    expect(second.strengthened.every((relation) => relation.weight === 2)).toBe(true);
    expect(ids(second.added)).toEqual(['chile|criticizes|bolivia']);
    expect(ids([...second.added, ...second.strengthened])).toEqual(ids(second.relations));
    expect(ids(second.actors)).toEqual(['bolivia', 'chile', 'peru']);

    // Actors named, no relation read between them; and a text that names no actor at all.
    const summit = await send('The foreign ministers of Peru and Bolivia attended the summit in Geneva.');
    expect(summit).toMatchObject({ created: true, relations: [], added: [], strengthened: [] });
    expect(ids(summit.actors)).toEqual(['bolivia', 'peru']);
    const recipe = await send('Preheat the oven to 180 degrees. Cream the butter and sugar, then bake.');
    expect(recipe).toMatchObject({ created: true, relations: [], actors: [] });

    // Sent again, an article changes nothing: no relation added or strengthened.
    const again = await send('Peru and Chile signed a defence cooperation agreement in Lima on Tuesday.');
    expect(again.created).toBe(false);
    expect(again.relations.length).toBeGreaterThan(0);
    expect(again).toMatchObject({ added: [], strengthened: [] });
    expect(ids(again.actors)).toEqual(['chile', 'peru']);
  });

  it('serialises concurrent ingests: all are stored, none twice', async () => {
    const before = await documentCount(server);
    const texts = Array.from({ length: 10 }, (_, index) => generatedArticle(100 + index));
    const results = await Promise.all(texts.map((text) => ingest(server, { text })));
    expect(results.every((result) => result.created === true)).toBe(true);
    expect(new Set(results.map((result) => result.document?.id)).size).toBe(10);
    expect(await documentCount(server)).toBe(before + 10);
    // The same text sent five times at once is stored once.
    const same = await Promise.all(
      Array.from({ length: 5 }, () => ingest(server, { text: generatedArticle(999) })),
    );
    expect(same.filter((result) => result.created).length).toBe(1);
    expect(new Set(same.map((result) => result.document?.id)).size).toBe(1);
    expect(await documentCount(server)).toBe(before + 11);
    // What the API says matches what is on disk.
    const db = new Database(server.dbPath, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(before + 11);
    expect(db.prepare('SELECT COUNT(*) FROM extractions').pluck().get()).toBe(before + 11);
    db.close();
  });

  it('answers InvalidInputError for an empty or blank text', async () => {
    for (const text of ['', '   \n\t ']) {
      const result = await ingest(server, { text });
      expect(result).toMatchObject({ __typename: 'InvalidInputError', code: 'INVALID_INPUT', field: 'text' });
    }
  });

  it('answers TooLargeError for an article over the extractor limit', async () => {
    const result = await ingest(server, { text: `${'Turkey hosted Egypt. '.repeat(50_000)}` });
    expect(result).toMatchObject({
      __typename: 'TooLargeError',
      code: 'TOO_LARGE',
      limit: 1_000_000,
      actual: 1_050_000,
    });
  });

  it('refuses a malformed publication date before anything is stored', async () => {
    const before = await documentCount(server);
    const response = await server.gql(INGEST, {
      input: { text: generatedArticle(5000), publishedAt: 'next tuesday' },
    });
    expect(response.errors?.[0]?.message).toMatch(/DateTime/);
    expect(await documentCount(server)).toBe(before);
  });

  it('removes a document and the relations only it reported', async () => {
    const added = await ingest(server, {
      text: 'Pakistan hosted Indonesia for talks in Islamabad. Pakistan praised Indonesia for its support.',
    });
    expect(added.created).toBe(true);
    const id = added.document!.id;
    const removed = dataOf(
      await server.gql<{ removeDocument: { __typename: string; id: string; removedRelations: number } }>(
        REMOVE,
        { id },
      ),
    );
    expect(removed.removeDocument).toMatchObject({ __typename: 'RemoveSuccess', id });
    const onlyHere = added.relations?.filter((relation) => relation.weight === 1).length ?? 0;
    expect(removed.removeDocument.removedRelations).toBe(onlyHere);
    const gone = dataOf(
      await server.gql<{ document: { __typename: string } }>(
        'query ($id: ID!) { document(id: $id) { __typename } }',
        { id },
      ),
    );
    expect(gone.document.__typename).toBe('NotFoundError');
    for (const relation of added.relations ?? []) {
      if (relation.weight > 1) continue;
      const lookup = dataOf(
        await server.gql<{ relation: { __typename: string } }>(
          'query ($id: ID!) { relation(id: $id) { __typename } }',
          { id: relation.id },
        ),
      );
      expect(lookup.relation.__typename).toBe('NotFoundError');
    }
    const again = dataOf(await server.gql<{ removeDocument: unknown }>(REMOVE, { id }));
    expect(again.removeDocument).toEqual({ __typename: 'NotFoundError', id, code: 'NOT_FOUND' });
  });
});

describe('bearer token', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seedCorpus: null, token: 's3cret-token' });
  });
  afterAll(() => server.dispose());

  it('rejects mutations without the token with 401 UNAUTHORIZED', async () => {
    const response = await server.gql(INGEST, { input: { text: generatedArticle(1) } });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED');
    expect(response.data ?? null).toBeNull();
    expect(await documentCount(server)).toBe(0);
  });

  it('rejects mutations with a wrong token', async () => {
    const response = await server.gql(INGEST, { input: { text: generatedArticle(1) } }, { token: 'guess' });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED');
    const removal = await server.gql(REMOVE, { id: 'anything' }, { token: 's3cret-token-but-longer' });
    expect(removal.status).toBe(401);
  });

  it('accepts mutations with the token, and queries without it', async () => {
    const result = await ingest(server, { text: generatedArticle(1) }, 's3cret-token');
    expect(result.created).toBe(true);
    const query = await server.gql<{ stats: { documents: number } }>('{ stats { documents } }');
    expect(query.status).toBe(200);
    expect(dataOf(query).stats.documents).toBe(1);
  });
});
