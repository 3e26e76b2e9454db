import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../src/store/migrations.js';
import { PG_MIGRATIONS } from '../src/store/pg-migrations.js';
import { PgDocumentStore } from '../src/store/pg-store.js';
import { SqliteDocumentStore } from '../src/store/sqlite-store.js';
import type { DocumentStore, GraphRecord, StoredDocument, StoredExtraction } from '../src/store/types.js';
import { dropDatabases, freshDatabase, withClient } from './postgres.js';
import { tempDir } from './temp.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
afterAll(() => dropDatabases());

function documentNamed(id: string, text = `Text of ${id}.`): StoredDocument {
  return {
    id,
    contentId: `content-${id}`,
    title: `Title ${id}`,
    ingestedAt: '2025-11-20T10:00:00.000Z',
    text,
  };
}

const extraction: StoredExtraction = {
  relations: [
    {
      source: 'turkey',
      target: 'egypt',
      type: 'hosts',
      polarity: 'cooperative',
      evidence: { document: 'a', sentence: 0, start: 0, end: 10, quote: 'Text of a.', confidence: 0.9 },
    },
  ],
  actors: [
    { id: 'turkey', name: 'Turkey', kind: 'state' },
    { id: 'egypt', name: 'Egypt', kind: 'state' },
  ],
  mentions: [{ actorId: 'turkey', sentence: 0, start: 0, end: 6, text: 'Turkey', via: 'name' }],
  sentences: [{ index: 0, start: 0, end: 10 }],
};

async function collect(records: AsyncIterable<GraphRecord>): Promise<GraphRecord[]> {
  const all: GraphRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
}

/** How the contract suite reaches one kind of store: a new location, opening it, and raw access. */
interface StoreKind {
  name: string;
  /** A location no store has used yet. */
  newLocation(): Promise<string>;
  open(location: string): Promise<DocumentStore>;
  /** Rows left in the extractions table. */
  extractionRows(location: string): Promise<number>;
  /** Versions recorded in schema_version, and the latest this build knows. */
  schemaVersions(location: string): Promise<{ recorded: number[]; latest: number }>;
  /** Records a schema version from a future build. */
  recordFutureVersion(location: string): Promise<void>;
}

const sqlite: StoreKind = {
  name: 'SQLite',
  async newLocation() {
    const dir = tempDir();
    dirs.push(dir);
    return join(dir, 'nested', 'store.db');
  },
  async open(location) {
    return new SqliteDocumentStore(location);
  },
  async extractionRows(location) {
    const db = new Database(location, { readonly: true });
    try {
      return db.prepare('SELECT COUNT(*) FROM extractions').pluck().get() as number;
    } finally {
      db.close();
    }
  },
  async schemaVersions(location) {
    const db = new Database(location, { readonly: true });
    try {
      const recorded = db
        .prepare('SELECT version FROM schema_version ORDER BY version')
        .pluck()
        .all() as number[];
      return { recorded, latest: MIGRATIONS.at(-1)!.version };
    } finally {
      db.close();
    }
  },
  async recordFutureVersion(location) {
    const db = new Database(location);
    db.prepare(
      "INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'future', 'now')",
    ).run();
    db.close();
  },
};

const postgres: StoreKind = {
  name: 'PostgreSQL',
  newLocation: freshDatabase,
  open: (location) => PgDocumentStore.open(location),
  extractionRows: (location) =>
    withClient(
      async (client) => Number((await client.query('SELECT COUNT(*) FROM extractions')).rows[0].count),
      location,
    ),
  schemaVersions: (location) =>
    withClient(async (client) => {
      const { rows } = await client.query('SELECT version FROM schema_version ORDER BY version');
      return { recorded: rows.map((row) => row.version), latest: PG_MIGRATIONS.at(-1)!.version };
    }, location),
  recordFutureVersion: (location) =>
    withClient(async (client) => {
      await client.query("INSERT INTO schema_version (version, description) VALUES (999, 'future')");
    }, location),
};

describe.each([sqlite, postgres])('DocumentStore contract: $name', (kind) => {
  async function fresh(): Promise<{ store: DocumentStore; location: string }> {
    const location = await kind.newLocation();
    return { store: await kind.open(location), location };
  }

  it('stores documents with their extraction and reads them back', async () => {
    const { store } = await fresh();
    expect(store.origin).toBe('created');
    expect(await store.put(documentNamed('a'), extraction)).toBe(true);
    expect(await store.count()).toBe(1);
    expect(await store.has('a')).toBe(true);
    expect(await store.has('b')).toBe(false);
    expect(await store.get('a')).toEqual(documentNamed('a'));
    expect(await store.get('b')).toBeUndefined();
    // What a cold start reads: everything but the text and the sentence boundaries (the graph needs neither).
    const { text: _text, ...metadata } = documentNamed('a');
    const { sentences: _sentences, ...read } = extraction;
    expect(await collect(store.all())).toEqual([{ document: metadata, extraction: read }]);
    await store.close();
  });

  it('reads the stored relations of many documents in one call, leaving out ids it does not hold', async () => {
    const { store } = await fresh();
    await store.put(documentNamed('a'), extraction);
    await store.put(documentNamed('b'), { ...extraction, relations: [] });
    await store.put(documentNamed("c'd"), extraction);
    const relations = await store.relations(['a', 'b', 'missing', "c'd", 'a']);
    expect([...relations.keys()].sort()).toEqual(['a', 'b', "c'd"]);
    expect(relations.get('a')).toEqual(extraction.relations);
    expect(relations.get('b')).toEqual([]);
    expect((await store.relations([])).size).toBe(0);
    await store.remove('a');
    expect((await store.relations(['a'])).has('a')).toBe(false);
    await store.close();
  });

  it('keeps every field, optional ones and non-Latin text included', async () => {
    const { store } = await fresh();
    const full: StoredDocument = {
      ...documentNamed('full', 'وزير الخارجية التركي هاكان فيدان 🇹🇷 — “quoted”.'),
      source: 'Anadolu',
      url: 'https://example.org/a?b=1',
      publishedAt: '2025-11-03',
    };
    const bare: StoredDocument = {
      id: 'bare',
      contentId: 'c-bare',
      ingestedAt: '2025-11-20T10:00:00.000Z',
      text: 'x',
    };
    await store.put(full, extraction);
    await store.put(bare, { relations: [], actors: [], mentions: [], sentences: [] });
    expect(await store.get('full')).toEqual(full);
    expect(await store.get('bare')).toEqual(bare);
    await store.close();
  });

  it('stores a batch in one call, answering per record, and rolls back only the record that fails', async () => {
    const { store } = await fresh();
    await store.put(documentNamed('a'), extraction);
    const batch = ['b', 'a', 'c', 'b'].map((id) => ({ document: documentNamed(id), extraction }));
    expect(await store.putAll(batch)).toEqual([true, false, true, false]);
    expect((await collect(store.all())).map((record) => record.document.id)).toEqual(['a', 'b', 'c']);
    // A record the database refuses (a NOT NULL column left empty) fails alone.
    const broken = { ...documentNamed('e'), ingestedAt: null as unknown as string };
    const outcomes = await store.putAll([
      { document: documentNamed('d'), extraction },
      { document: broken, extraction },
      { document: documentNamed('f'), extraction },
    ]);
    expect(outcomes[0]).toBe(true);
    expect(outcomes[1]).toBeInstanceOf(Error);
    expect(outcomes[2]).toBe(true);
    expect(await store.has('d')).toBe(true);
    expect(await store.has('e')).toBe(false);
    expect(await store.count()).toBe(5);
    await store.close();
  });

  it('is idempotent by id: a second put of the same id changes nothing', async () => {
    const { store } = await fresh();
    expect(await store.put(documentNamed('a'), extraction)).toBe(true);
    expect(await store.put(documentNamed('a', 'Another text.'), { ...extraction, relations: [] })).toBe(
      false,
    );
    expect(await store.count()).toBe(1);
    expect((await store.get('a'))?.text).toBe('Text of a.');
    expect((await collect(store.all()))[0]?.extraction.relations).toHaveLength(1);
    await store.close();
  });

  it('lists in insertion order, page by page, and says whether more follow', async () => {
    const { store } = await fresh();
    for (const id of ['c', 'a', 'b', 'e', 'd']) await store.put(documentNamed(id), extraction);
    const first = await store.list({ first: 2 });
    expect(first.items.map((item) => item.id)).toEqual(['c', 'a']);
    expect(first.hasNextPage).toBe(true);
    expect(first.items[0]).not.toHaveProperty('text');
    const second = await store.list({ first: 2, after: first.items.at(-1)!.seq });
    expect(second.items.map((item) => item.id)).toEqual(['b', 'e']);
    const last = await store.list({ first: 2, after: second.items.at(-1)!.seq });
    expect(last.items.map((item) => item.id)).toEqual(['d']);
    expect(last.hasNextPage).toBe(false);
    await store.close();
  });

  it('walks every record in insertion order across its pages', async () => {
    const { store } = await fresh();
    const ids = Array.from({ length: 1203 }, (_, index) => `doc-${index}`);
    await store.putAll(ids.map((id) => ({ document: documentNamed(id), extraction })));
    expect((await collect(store.all())).map((record) => record.document.id)).toEqual(ids);
    await store.close();
  });

  it('removes a document together with its extraction', async () => {
    const { store, location } = await fresh();
    await store.put(documentNamed('a'), extraction);
    expect(await store.remove('a')).toBe(true);
    expect(await store.remove('a')).toBe(false);
    expect(await store.count()).toBe(0);
    await store.close();
    expect(await kind.extractionRows(location)).toBe(0);
  });

  it('keeps everything across a reopen', async () => {
    const { store, location } = await fresh();
    await store.put(documentNamed('a'), extraction);
    await store.put(documentNamed('b'), extraction);
    await store.close();
    const reopened = await kind.open(location);
    expect(reopened.origin).toBe('existing');
    expect(await reopened.count()).toBe(2);
    expect((await collect(reopened.all())).map((record) => record.document.id)).toEqual(['a', 'b']);
    await reopened.close();
  });

  it('leaves nothing behind when a put fails (the document row is rolled back)', async () => {
    const { store } = await fresh();
    // JSON.stringify throws on BigInt.
    const broken = { ...extraction, mentions: [{ bad: 1n }] } as unknown as StoredExtraction;
    await expect(store.put(documentNamed('a'), broken)).rejects.toThrow();
    expect(await store.count()).toBe(0);
    expect(await store.has('a')).toBe(false);
    expect(await store.put(documentNamed('a'), extraction)).toBe(true);
    await store.close();
  });

  it('takes writes, records its schema version once, and refuses a database from a newer build', async () => {
    const { store, location } = await fresh();
    expect(await store.writeCheck()).toBeUndefined();
    await store.close();
    await (await kind.open(location)).close();
    const { recorded, latest } = await kind.schemaVersions(location);
    expect(recorded).toEqual(Array.from({ length: latest }, (_, index) => index + 1));
    await kind.recordFutureVersion(location);
    await expect(kind.open(location)).rejects.toThrow(/newer than this build/);
  });
});

describe.each([sqlite, postgres])('FeedStore contract: $name', (kind) => {
  it('follows a feed once per URL, records polls, and forgets it on removal', async () => {
    const store = await kind.open(await kind.newLocation());
    const feeds = store.feeds;
    const first = await feeds.addFeed('https://example.org/feed.xml', '2025-11-20T10:00:00.000Z');
    expect(first.created).toBe(true);
    expect(first.feed).toMatchObject({
      url: 'https://example.org/feed.xml',
      failures: 0,
      itemCount: 0,
      documentCount: 0,
    });
    expect((await feeds.addFeed('https://example.org/feed.xml', '2025-11-21T10:00:00.000Z')).created).toBe(
      false,
    );
    const polled = {
      polledAt: '2025-11-20T11:00:00.000Z',
      failures: 0,
      nextPollAt: '2025-11-20T11:15:00.000Z',
    };
    await feeds.recordPoll(first.feed.id, { ...polled, title: 'World news', etag: '"v1"' });
    await feeds.recordPoll(first.feed.id, {
      ...polled,
      polledAt: '2025-11-20T12:00:00.000Z',
      error: 'HTTP 503',
      failures: 1,
    });
    expect(await feeds.getFeed(first.feed.id)).toMatchObject({
      title: 'World news',
      etag: '"v1"',
      lastPolledAt: '2025-11-20T12:00:00.000Z',
      lastSuccessAt: '2025-11-20T11:00:00.000Z',
      lastError: 'HTTP 503',
      failures: 1,
    });
    expect((await feeds.listFeeds()).map((feed) => feed.id)).toEqual([first.feed.id]);
    expect(await feeds.removeFeed(first.feed.id)).toBe(true);
    expect(await feeds.removeFeed(first.feed.id)).toBe(false);
    expect(await feeds.listFeeds()).toEqual([]);
    await store.close();
  });

  it('keeps items and sources with their documents, and drops sources with the document', async () => {
    const store = await kind.open(await kind.newLocation());
    const feeds = store.feeds;
    const { feed } = await feeds.addFeed('https://example.org/feed.xml', '2025-11-20T10:00:00.000Z');
    await store.put({ ...documentNamed('a'), url: 'https://example.org/a' }, extraction);
    const item = { feedId: feed.id, itemId: 'guid-1', fingerprint: 'f1', seenAt: '2025-11-20T10:05:00.000Z' };
    await feeds.putItem(item);
    await feeds.putItem({
      ...item,
      fingerprint: 'f2',
      contentHash: 'h1',
      documentId: 'a',
      url: 'https://example.org/a',
    });
    expect(await feeds.getItem(feed.id, 'guid-1')).toEqual({
      ...item,
      fingerprint: 'f2',
      contentHash: 'h1',
      documentId: 'a',
      url: 'https://example.org/a',
    });
    expect(await feeds.getItem(feed.id, 'guid-2')).toBeUndefined();
    const source = {
      documentId: 'a',
      url: 'https://wire.example/a',
      outlet: 'Wire',
      feedId: feed.id,
      contentHash: 'h1',
      seenAt: '2025-11-20T10:05:00.000Z',
    };
    await feeds.addSource(source);
    await feeds.addSource({ ...source, outlet: 'Again' });
    expect(await feeds.sources('a')).toEqual([source]);
    expect(await feeds.getFeed(feed.id)).toMatchObject({ itemCount: 1, documentCount: 1 });
    expect(await feeds.documentByContentHash('h1')).toBe('a');
    expect(await feeds.documentByUrl('https://wire.example/a')).toBe('a');
    expect(await feeds.documentByUrl('https://example.org/a')).toBe('a');
    expect(await feeds.documentByUrl('https://example.org/none')).toBeUndefined();
    await store.remove('a');
    expect(await feeds.sources('a')).toEqual([]);
    expect((await feeds.getItem(feed.id, 'guid-1'))?.documentId).toBeUndefined();
    await store.close();
  });
});

describe('SqliteDocumentStore', () => {
  it('creates missing directories and uses WAL', async () => {
    const path = await sqlite.newLocation();
    await new SqliteDocumentStore(path).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('does not report a database busy with the write of another process as a fault', async () => {
    const path = await sqlite.newLocation();
    const store = new SqliteDocumentStore(path);
    expect(await store.writeCheck()).toBeUndefined();
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      // Busy is not a fault (and the check does not wait out the busy timeout for it).
      expect(await store.writeCheck()).toBeUndefined();
    } finally {
      other.exec('ROLLBACK');
      other.close();
      await store.close();
    }
  });
});

describe('PgDocumentStore', () => {
  it('numbers its changes in commit order, puts and removes alike', async () => {
    const store = await PgDocumentStore.open(await freshDatabase());
    await store.putAll(['a', 'b'].map((id) => ({ document: documentNamed(id), extraction })));
    await store.put(documentNamed('a'), extraction);
    await store.remove('a');
    const changes = await store.changesAfter(0, 10);
    expect(changes.map(({ kind, documentId }) => `${kind} ${documentId}`)).toEqual([
      'put a',
      'put b',
      'remove a',
    ]);
    expect(await store.changesAfter(changes[1]!.seq, 10)).toEqual([changes[2]]);
    expect(await store.latestChange()).toBe(changes[2]!.seq);
    await store.close();
  });

  it('lets replicas starting together migrate once', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all([1, 2, 3].map(() => PgDocumentStore.open(url)));
    expect(stores.map((store) => store.origin).sort()).toEqual(['created', 'existing', 'existing']);
    await Promise.all(stores.map((store) => store.close()));
  });

  it('fails with a storage error naming the server when it cannot be reached', async () => {
    const error = await PgDocumentStore.open('postgres://nobody:secret@127.0.0.1:1/none').catch((e) => e);
    expect(error).toMatchObject({ name: 'StorageError', reason: 'io' });
    expect(error.message).toContain('127.0.0.1:1');
    expect(error.message).not.toContain('secret');
  });
});
