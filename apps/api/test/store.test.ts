import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../src/store/migrations.js';
import { SqliteDocumentStore } from '../src/store/sqlite-store.js';
import type { StoredDocument, StoredExtraction } from '../src/store/types.js';
import { tempDir } from './temp.js';

const dirs: string[] = [];
function dbPath(): string {
  const dir = tempDir();
  dirs.push(dir);
  return join(dir, 'nested', 'store.db');
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

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

describe('SqliteDocumentStore', () => {
  it('creates missing directories, stores documents with their extraction and reads them back', () => {
    const store = new SqliteDocumentStore(dbPath());
    expect(store.put(documentNamed('a'), extraction)).toBe(true);
    expect(store.count()).toBe(1);
    expect(store.has('a')).toBe(true);
    expect(store.has('b')).toBe(false);
    expect(store.get('a')).toEqual(documentNamed('a'));
    expect(store.get('b')).toBeUndefined();
    expect([...store.all()]).toEqual([{ document: documentNamed('a'), extraction }]);
    store.close();
  });

  it('stores a batch in one call, answering per record, and rolls back only the record that fails', () => {
    const store = new SqliteDocumentStore(dbPath());
    store.put(documentNamed('a'), extraction);
    const batch = ['b', 'a', 'c', 'b'].map((id) => ({ document: documentNamed(id), extraction }));
    expect(store.putAll(batch)).toEqual([true, false, true, false]);
    expect([...store.all()].map((record) => record.document.id)).toEqual(['a', 'b', 'c']);
    // A record that cannot be stored (a NOT NULL column left empty) fails alone, in its own savepoint.
    const broken = { ...extraction, relations: undefined as unknown as StoredExtraction['relations'] };
    const outcomes = store.putAll([
      { document: documentNamed('d'), extraction },
      { document: documentNamed('e'), extraction: broken },
      { document: documentNamed('f'), extraction },
    ]);
    expect(outcomes[0]).toBe(true);
    expect(outcomes[1]).toBeInstanceOf(Error);
    expect(outcomes[2]).toBe(true);
    expect(store.has('d')).toBe(true);
    expect(store.has('e')).toBe(false);
    expect(store.count()).toBe(5);
    store.close();
  });

  it('is idempotent by id: a second put of the same id changes nothing', () => {
    const store = new SqliteDocumentStore(dbPath());
    expect(store.put(documentNamed('a'), extraction)).toBe(true);
    expect(store.put(documentNamed('a', 'Another text.'), { ...extraction, relations: [] })).toBe(false);
    expect(store.count()).toBe(1);
    expect(store.get('a')?.text).toBe('Text of a.');
    expect([...store.all()][0]?.extraction.relations).toHaveLength(1);
    store.close();
  });

  it('lists in insertion order, page by page, and says whether more follow', () => {
    const store = new SqliteDocumentStore(dbPath());
    for (const id of ['c', 'a', 'b', 'e', 'd']) store.put(documentNamed(id), extraction);
    const first = store.list({ first: 2 });
    expect(first.items.map((item) => item.id)).toEqual(['c', 'a']);
    expect(first.hasNextPage).toBe(true);
    expect(first.items[0]).not.toHaveProperty('text');
    const second = store.list({ first: 2, after: first.items.at(-1)!.seq });
    expect(second.items.map((item) => item.id)).toEqual(['b', 'e']);
    const last = store.list({ first: 2, after: second.items.at(-1)!.seq });
    expect(last.items.map((item) => item.id)).toEqual(['d']);
    expect(last.hasNextPage).toBe(false);
    store.close();
  });

  it('removes a document together with its extraction', () => {
    const path = dbPath();
    const store = new SqliteDocumentStore(path);
    store.put(documentNamed('a'), extraction);
    expect(store.remove('a')).toBe(true);
    expect(store.remove('a')).toBe(false);
    expect(store.count()).toBe(0);
    store.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM extractions').pluck().get()).toBe(0);
    db.close();
  });

  it('keeps everything across a reopen of the same file', () => {
    const path = dbPath();
    const store = new SqliteDocumentStore(path);
    store.put(documentNamed('a'), extraction);
    store.put(documentNamed('b'), extraction);
    store.close();
    const reopened = new SqliteDocumentStore(path);
    expect(reopened.count()).toBe(2);
    expect([...reopened.all()].map((record) => record.document.id)).toEqual(['a', 'b']);
    reopened.close();
  });

  it('leaves nothing behind when a put fails half-way (the document row is rolled back)', () => {
    const store = new SqliteDocumentStore(dbPath());
    // JSON.stringify throws on BigInt, after the document row was inserted inside the transaction.
    const broken = { ...extraction, mentions: [{ bad: 1n }] } as unknown as StoredExtraction;
    expect(() => store.put(documentNamed('a'), broken)).toThrow();
    expect(store.count()).toBe(0);
    expect(store.has('a')).toBe(false);
    expect(store.put(documentNamed('a'), extraction)).toBe(true);
    store.close();
  });

  it('records the schema version, uses WAL, and refuses a database from a newer build', () => {
    const path = dbPath();
    new SqliteDocumentStore(path).close();
    const db = new Database(path);
    expect(db.prepare('SELECT MAX(version) FROM schema_version').pluck().get()).toBe(
      MIGRATIONS.at(-1)!.version,
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.prepare(
      "INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'future', 'now')",
    ).run();
    db.close();
    expect(() => new SqliteDocumentStore(path)).toThrow(/newer than this build/);
  });

  it('does not apply a migration twice when reopened', () => {
    const path = dbPath();
    new SqliteDocumentStore(path).close();
    new SqliteDocumentStore(path).close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM schema_version').pluck().get()).toBe(MIGRATIONS.length);
    db.close();
  });

  it('does not report a database busy with the write of another process as a fault', () => {
    const path = dbPath();
    const store = new SqliteDocumentStore(path);
    expect(store.writeCheck()).toBeUndefined();
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      // Busy is not a fault (and the check does not wait out the busy timeout for it).
      expect(store.writeCheck()).toBeUndefined();
    } finally {
      other.exec('ROLLBACK');
      other.close();
      store.close();
    }
  });
});
