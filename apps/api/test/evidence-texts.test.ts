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

  it('reads what is asked for together in one query per batch, keeps at most maxDocuments, and stays correct', async () => {
    const { store, counted, queries } = await storeOf(60);
    const texts = new EvidenceTexts({ store: counted, maxDocuments: 10, batchSize: 25 });
    const ids = Array.from({ length: 60 }, (_, n) => `doc-${n}`);
    const expected = (id: string, key: string) =>
      edgesOf(id, extractionOf(id, 3).relations).get(key)!.evidence;
    const refsOf = (id: string, key: string) => expected(id, key).map(evidenceRef);

    // Every relation of every document asked for in the same turn: 60 documents, 3 queries of ≤ 25.
    const keys = ['turkey|hosts|hamas', 'hamas|meets|turkey'];
    const answers = await Promise.all(
      ids.flatMap((id) =>
        keys.map(async (key) => [id, key, await texts.read(key, refsOf(id, key))] as const),
      ),
    );
    for (const [id, key, evidence] of answers) expect(evidence).toEqual(expected(id, key));
    expect(answers[0]![2][0]!.about).toEqual({ text: 'doc-0', start: 23, end: 28, actors: ['qatar'] });
    expect(queries.map((batch) => batch.length)).toEqual([25, 25, 10]);
    expect(texts.cachedDocuments).toBe(10);

    // The ten read last are answered from memory; an older one is read again, and the bound holds.
    await texts.read('turkey|hosts|hamas', refsOf('doc-59', 'turkey|hosts|hamas'));
    expect(queries).toHaveLength(3);
    expect(await texts.read('turkey|hosts|hamas', refsOf('doc-0', 'turkey|hosts|hamas'))).toEqual(
      expected('doc-0', 'turkey|hosts|hamas'),
    );
    expect(queries).toHaveLength(4);
    expect(texts.cachedDocuments).toBe(10);

    // A document removed (or stored anew) is forgotten: its pieces are left out, not answered stale.
    await store.remove('doc-59');
    texts.forget('doc-59');
    expect(await texts.read('turkey|hosts|hamas', refsOf('doc-59', 'turkey|hosts|hamas'))).toEqual([]);
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
    const refs = edgesOf('doc-1', extractionOf('doc-1', 3).relations)
      .get('turkey|hosts|hamas')!
      .evidence.map(evidenceRef);
    const failed = await Promise.allSettled([
      texts.read('turkey|hosts|hamas', refs),
      texts.read('turkey|hosts|hamas', refs),
    ]);
    expect(failed.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(texts.cachedDocuments).toBe(0);
    expect(await texts.read('turkey|hosts|hamas', refs)).toHaveLength(2);
    await store.close();
  });
});
