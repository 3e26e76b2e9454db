import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentId } from '../src/extract/index.js';
import { loadGazetteerFile, readArticleFile, readCorpus } from '../src/node.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-node-'));

describe('readArticleFile', () => {
  it('reads a UTF-8 file with the file stem as id', () => {
    const path = join(dir, 'note-1.txt');
    writeFileSync(path, '\ufeffTurkey hosted Egypt.');
    expect(readArticleFile(path)).toEqual({ id: 'note-1', text: 'Turkey hosted Egypt.' });
  });

  it('fails fast with TOO_LARGE on a 50 MB file, before reading it', () => {
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024); // sparse: no 50 MB written
    closeSync(fd);
    expect(() => readArticleFile(path)).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
  });

  it('rejects binary and non-UTF-8 files with a code, and missing files clearly', () => {
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x54, 0xfc, 0x72, 0x6b]));
    expect(() => readArticleFile(join(dir, 'bin.txt'))).toThrow(expect.objectContaining({ code: 'BINARY' }));
    expect(() => readArticleFile(join(dir, 'latin1.txt'))).toThrow(
      expect.objectContaining({ code: 'INVALID_ENCODING' }),
    );
    expect(() => readArticleFile(join(dir, 'missing.txt'))).toThrow(/no such file/);
  });
});

describe('readCorpus', () => {
  it('reads *.txt sorted by name with manifest metadata', () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'b.txt'), 'Qatar met Egypt.');
    writeFileSync(join(corpus, 'a.txt'), 'Turkey met Egypt.');
    writeFileSync(join(corpus, 'notes.md'), 'ignored');
    writeFileSync(
      join(corpus, 'manifest.json'),
      JSON.stringify({
        documents: [{ file: 'b.txt', title: 'B', source: 'Wire', publishedAt: '2025-11-03' }],
      }),
    );
    const articles = readCorpus(corpus);
    expect(articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(articles[1]).toMatchObject({ title: 'B', source: 'Wire', publishedAt: '2025-11-03' });
    expect(articles[0]?.id).not.toBe(documentId('Turkey met Egypt.'));
  });

  it('reads the demo corpus with its dates', () => {
    const articles = readCorpus(new URL('../../../data/corpus', import.meta.url).pathname);
    expect(articles).toHaveLength(5);
    expect(articles[0]).toMatchObject({ id: '000_ca3ca53938cc68a5', publishedAt: '2025-11-03' });
  });
});

describe('loadGazetteerFile', () => {
  it('loads YAML and names the file in errors', () => {
    const good = join(dir, 'people.yaml');
    writeFileSync(good, 'actors:\n  - id: jane-doe\n    name: Jane Doe\n    kind: person\n');
    expect(loadGazetteerFile(good).actors[0]?.id).toBe('jane-doe');
    const bad = join(dir, 'bad.yml');
    writeFileSync(bad, 'actors:\n  - id: jane-doe\n    name: Jane Doe\n');
    expect(() => loadGazetteerFile(bad)).toThrow(/bad\.yml: actor #1 \("jane-doe"\): kind undefined/);
    expect(() => loadGazetteerFile(join(dir, 'people.txt'))).toThrow(/must end in \.json, \.yaml or \.yml/);
  });
});
