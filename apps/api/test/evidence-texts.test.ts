import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Evidence, edgesOf, evidenceRef, GraphPipeline } from '@entente/core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_CORPUS } from '../src/paths.js';
import { storageReadError } from '../src/resolvers/errors.js';
import { EvidenceTexts } from '../src/service/evidence-texts.js';
import { openStore } from '../src/store/open.js';
import { SqliteDocumentStore } from '../src/store/sqlite-store.js';
import { StorageError } from '../src/store/storage-error.js';
import type { DocumentStore, StoredExtraction } from '../src/store/types.js';
import { type GraphQLResponse, startTestServer, type TestServer, tempDir } from './helpers.js';
import { dropDatabases, freshDatabase } from './postgres.js';

const dirs: string[] = [];
const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.dispose();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
afterAll(() => dropDatabases());

const RELATIONS = `query ($after: String) {
  relations(first: 40, after: $after) {
    nodes {
      id
      evidence {
        document { id title source publishedAt }
        quote start end sentence confidence date about aboutStart aboutEnd aboutActors { id }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface EvidenceAnswer {
  document: { id: string; title: string | null; source: string | null; publishedAt: string | null };
  quote: string;
  start: number;
  end: number;
  sentence: number;
  confidence: number;
  date: string | null;
  about: string | null;
  aboutStart: number | null;
  aboutEnd: number | null;
  aboutActors: { id: string }[];
}

interface RelationsPage {
  relations: {
    nodes: { id: string; evidence: EvidenceAnswer[] }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** The evidence of a piece as the API answered before evidence left the heap: the graph's own objects. */
function expectedAnswer(piece: Evidence, documents: Map<string, EvidenceAnswer['document']>): EvidenceAnswer {
  return {
    document: documents.get(piece.document)!,
    quote: piece.quote,
    start: piece.start,
    end: piece.end,
    sentence: piece.sentence,
    confidence: piece.confidence,
    date: piece.date ?? null,
    about: piece.about?.text ?? null,
    aboutStart: piece.about?.start ?? null,
    aboutEnd: piece.about?.end ?? null,
    aboutActors: (piece.about?.actors ?? []).map((id) => ({ id })),
  };
}

/**
 * Every relation's evidence through GraphQL equals what a graph holding whole evidence (as the server's
 * did before) gives for the same stored extractions: quotes, offsets, about phrases, documents.
 */
async function expectSameEvidence(server: TestServer, store: DocumentStore): Promise<number> {
  const whole = new GraphPipeline();
  const documents = new Map<string, EvidenceAnswer['document']>();
  for await (const { document, extraction } of store.all()) {
    const { contentId: _contentId, ingestedAt: _ingestedAt, ...article } = document;
    whole.addCompact(article, extraction);
    documents.set(document.id, {
      id: document.id,
      title: document.title ?? null,
      source: document.source ?? null,
      publishedAt: document.publishedAt ?? null,
    });
  }
  const answered = new Map<string, EvidenceAnswer[]>();
  let after: string | null = null;
  do {
    const response: GraphQLResponse<RelationsPage> = await server.gql<RelationsPage>(RELATIONS, { after });
    expect(response.errors).toBeUndefined();
    for (const node of response.data!.relations.nodes) answered.set(node.id, node.evidence);
    const { hasNextPage, endCursor } = response.data!.relations.pageInfo;
    after = hasNextPage ? endCursor : null;
  } while (after !== null);

  const expected = new Map(
    whole.graph.mapEdges((key, attributes) => [
      key,
      attributes.evidence.map((piece) => expectedAnswer(piece, documents)),
    ]),
  );
  expect(answered.size).toBe(expected.size);
  for (const [key, evidence] of expected) expect(answered.get(key), key).toEqual(evidence);
  return [...expected.values()].reduce((sum, evidence) => sum + evidence.length, 0);
}

describe('evidence read from the store', () => {
  it('answers the demo corpus with the same quotes, offsets, about phrases and documents as a graph holding them (SQLite)', async () => {
    const server = await startTestServer({ seedCorpus: DEFAULT_SEED_CORPUS });
    servers.push(server);
    // A second connection to the same file, as another reader would open it (WAL lets both read).
    const store = new SqliteDocumentStore(server.dbPath);
    try {
      expect(await expectSameEvidence(server, store)).toBeGreaterThan(100);
    } finally {
      await store.close();
    }
  });

  it('answers the demo corpus the same on PostgreSQL', async () => {
    const databaseUrl = await freshDatabase();
    const server = await startTestServer({ seedCorpus: DEFAULT_SEED_CORPUS, databaseUrl });
    servers.push(server);
    const store = await openStore(databaseUrl);
    try {
      expect(await expectSameEvidence(server, store)).toBeGreaterThan(100);
    } finally {
      await store.close();
    }
  });

  it('answers a failed read of the database with a GraphQL error saying what could not be read and why', () => {
    const error = storageReadError(
      new StorageError('io', 'The database could not be read or written (disk error).'),
      'the evidence of relation "turkey|hosts|hamas"',
    ) as Error & { extensions?: Record<string, unknown> };
    expect(error.message).toBe(
      'Could not read the evidence of relation "turkey|hosts|hamas" from the database: The database could not be read or written (disk error).',
    );
    expect(error.extensions).toMatchObject({ code: 'STORAGE_ERROR', reason: 'IO' });
    const unexpected = new TypeError('bug');
    expect(storageReadError(unexpected, 'anything')).toBe(unexpected);
  });
});

/** A stored extraction with `count` relations, each in its own sentence, one of them about a third actor. */
function extractionOf(id: string, count: number): StoredExtraction {
  const relations: StoredExtraction['relations'] = [];
  let text = '';
  for (let sentence = 0; sentence < count; sentence += 1) {
    const quote = `Turkey hosted Hamas in ${id}, sentence ${sentence}.`;
    const start = text.length;
    text += `${quote} `;
    relations.push({
      source: 'turkey',
      target: 'hamas',
      type: sentence % 2 === 0 ? 'hosts' : 'meets',
      polarity: 'neutral',
      evidence: {
        document: id,
        sentence,
        start,
        end: start + quote.length,
        quote,
        confidence: 0.9,
        date: '2025-11-03',
        ...(sentence === 0
          ? { about: { text: id, start: start + 23, end: start + 23 + id.length, actors: ['qatar'] } }
          : {}),
      },
    });
  }
  return {
    relations,
    actors: [
      { id: 'turkey', name: 'Turkey', kind: 'state' },
      { id: 'hamas', name: 'Hamas', kind: 'armed_group' },
    ],
    mentions: [],
    sentences: [],
  };
}

describe('EvidenceTexts', () => {
  /** A real SQLite store holding `count` documents, and the number of `relations` queries made on it. */
  async function storeOf(count: number) {
    const dir = tempDir();
    dirs.push(dir);
    const store = new SqliteDocumentStore(join(dir, 'evidence.db'));
    for (let n = 0; n < count; n += 1) {
      const id = `doc-${n}`;
      await store.put(
        { id, contentId: `content-${id}`, ingestedAt: '2025-11-20T10:00:00.000Z', text: `Text of ${id}.` },
        extractionOf(id, 3),
      );
    }
    const queries: string[][] = [];
    const counted = {
      relations: (ids: readonly string[]) => {
        queries.push([...ids]);
        return store.relations(ids);
      },
    };
    return { store, counted, queries };
  }

  const HOSTS = 'turkey|hosts|hamas';
  const MEETS = 'hamas|meets|turkey';
  /** The whole evidence of relation `key` in document `id`, as a graph holding it would have it. */
  const expected = (id: string, key: string) => edgesOf(id, extractionOf(id, 3).relations).get(key)!.evidence;
  const refsOf = (ids: string[], key: string) => ids.flatMap((id) => expected(id, key).map(evidenceRef));
  const wholeOf = (ids: string[], key: string) => ids.flatMap((id) => expected(id, key));
  const docs = (from: number, to: number) => Array.from({ length: to - from }, (_, n) => `doc-${from + n}`);

  it('reads what is asked for together in one query per batch, keeps at most maxPieces by relation, and stays correct', async () => {
    const { store, counted, queries } = await storeOf(60);
    const texts = new EvidenceTexts({ store: counted, maxPieces: 100, batchSize: 25 });

    // Two relations of 60 documents asked for in the same turn: the documents are read once, 25 a query.
    const [hosts, meets] = await Promise.all([
      texts.read(HOSTS, refsOf(docs(0, 60), HOSTS)),
      texts.read(MEETS, refsOf(docs(0, 60), MEETS)),
    ]);
    expect(hosts).toEqual(wholeOf(docs(0, 60), HOSTS));
    expect(meets).toEqual(wholeOf(docs(0, 60), MEETS));
    expect(hosts[0]!.about).toEqual({ text: 'doc-0', start: 23, end: 28, actors: ['qatar'] });
    expect(queries.map((batch) => batch.length)).toEqual([25, 25, 10]);
    // 120 pieces of `hosts` are past the bound and are not kept; the 60 of `meets` are.
    expect(texts.cachedPieces).toBe(60);
    expect(await texts.read(MEETS, refsOf(docs(10, 20), MEETS))).toEqual(wholeOf(docs(10, 20), MEETS));
    expect(queries).toHaveLength(3);

    // Part of `hosts` (a time window, say), then more of it: the relation read least recently goes.
    expect(await texts.read(HOSTS, refsOf(docs(0, 10), HOSTS))).toEqual(wholeOf(docs(0, 10), HOSTS));
    expect(texts.cachedPieces).toBe(80);
    expect(await texts.read(HOSTS, refsOf(docs(0, 35), HOSTS))).toEqual(wholeOf(docs(0, 35), HOSTS));
    expect(queries.map((batch) => batch.length)).toEqual([25, 25, 10, 10, 25]);
    expect(texts.cachedPieces).toBe(70);
    expect(await texts.read(MEETS, refsOf(docs(0, 5), MEETS))).toEqual(wholeOf(docs(0, 5), MEETS));
    expect(queries).toHaveLength(6);
    expect(texts.cachedPieces).toBeLessThanOrEqual(100);

    // A document removed (or stored anew) makes its owner forget its relations: nothing stale is answered.
    await store.remove('doc-3');
    texts.forget([HOSTS, MEETS]);
    expect(texts.cachedPieces).toBe(0);
    expect(await texts.read(HOSTS, refsOf(docs(2, 5), HOSTS))).toEqual(wholeOf(['doc-2', 'doc-4'], HOSTS));
    await store.close();
  });

  it('keeps nothing read while a relation was forgotten, but still answers the request', async () => {
    const { store } = await storeOf(3);
    const texts = new EvidenceTexts({ store });
    const reading = texts.read(HOSTS, refsOf(docs(0, 3), HOSTS));
    texts.forget([HOSTS]);
    expect(await reading).toEqual(wholeOf(docs(0, 3), HOSTS));
    expect(texts.cachedPieces).toBe(0);
    await texts.read(HOSTS, refsOf(docs(0, 3), HOSTS));
    expect(texts.cachedPieces).toBe(6);
    await store.close();
  });

  it('passes a failed read on to every request waiting for it, and reads again afterwards', async () => {
    const { store } = await storeOf(2);
    let failNext = true;
    const texts = new EvidenceTexts({
      store: {
        relations: (ids) => {
          if (!failNext) return store.relations(ids);
          failNext = false;
          return Promise.reject(
            new StorageError('io', 'The database could not be read or written (disk error).'),
          );
        },
      },
    });
    const refs = refsOf(['doc-1'], HOSTS);
    const failed = await Promise.allSettled([
      texts.read('turkey|hosts|hamas', refs),
      texts.read('turkey|hosts|hamas', refs),
    ]);
    expect(failed.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(texts.cachedPieces).toBe(0);
    expect(await texts.read('turkey|hosts|hamas', refs)).toHaveLength(2);
    await store.close();
  });
});
