import { describe, expect, it } from 'vitest';
import { seededRandom } from '../src/common/index.js';
import {
  ArticleInputError,
  decodeText,
  documentId,
  MAX_ARTICLE_CHARS,
  validateArticle,
} from '../src/extract/index.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleInputError);
    return (error as ArticleInputError).code;
  }
  return undefined;
}

describe('documentId', () => {
  it('is the FNV-1a 64-bit hash of the UTF-8 bytes, as ids have always been (BigInt reference)', () => {
    const reference = (text: string) => {
      let hash = 0xcbf29ce484222325n;
      for (const byte of new TextEncoder().encode(text)) {
        hash ^= BigInt(byte);
        hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
      }
      return `doc-${hash.toString(16).padStart(16, '0')}`;
    };
    const random = seededRandom(7);
    const texts = ['', 'a', 'Turkey hosted talks.', 'Diyarbakır İstanbul “quotes” — 北京 🇺🇳', '\u0000\uffff'];
    for (let n = 0; n < 200; n++)
      texts.push(
        Array.from({ length: Math.floor(random() * 300) }, () =>
          String.fromCodePoint(Math.floor(random() * 0x2fff)),
        ).join(''),
      );
    for (const text of texts) expect(documentId(text)).toBe(reference(text));
    // A value as stores have held it since the first release: ids must never change.
    expect(documentId('Turkey hosted talks.')).toBe('doc-71dcee585dad0d89');
  });

  it('is "doc-" and 16 hex digits, stable and text-sensitive', () => {
    expect(documentId('Turkey hosted talks.')).toMatch(/^doc-[0-9a-f]{16}$/);
    expect(documentId('Turkey hosted talks.')).toBe(documentId('Turkey hosted talks.'));
    expect(documentId('Turkey hosted talks.')).not.toBe(documentId('Turkey hosted talks!'));
    // FNV-1a 64 of the empty string is the offset basis.
    expect(documentId('')).toBe('doc-cbf29ce484222325');
  });
});

describe('validateArticle', () => {
  it('gives the article an id from its text unless one is given', () => {
    expect(validateArticle({ text: 'Egypt met Qatar.' }).id).toBe(documentId('Egypt met Qatar.'));
    expect(validateArticle({ text: 'Egypt met Qatar.', id: 'a1' }).id).toBe('a1');
  });

  it('rejects empty, whitespace-only, too long, binary text and bad fields', () => {
    expect(codeOf(() => validateArticle({ text: '' }))).toBe('EMPTY');
    expect(codeOf(() => validateArticle({ text: ' \n\t ' }))).toBe('EMPTY');
    expect(codeOf(() => validateArticle({ text: 'x'.repeat(11) }, { maxChars: 10 }))).toBe('TOO_LARGE');
    expect(codeOf(() => validateArticle({ text: 'abc\u0000def' }))).toBe('BINARY');
    expect(codeOf(() => validateArticle({ text: 'ok', publishedAt: 'last Tuesday' }))).toBe('INVALID_FIELD');
    expect(codeOf(() => validateArticle({ text: 42 as unknown as string }))).toBe('INVALID_FIELD');
    expect(MAX_ARTICLE_CHARS).toBe(1_000_000);
  });

  it('reports the limit and the actual size', () => {
    try {
      validateArticle({ text: 'x'.repeat(20) }, { maxChars: 10 });
    } catch (error) {
      expect(error).toMatchObject({ code: 'TOO_LARGE', limit: 10, actual: 20 });
      expect((error as Error).message).toMatch(/too long: 20 characters, the limit is 10/);
    }
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 and strips the byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Türkiye')]);
    expect(decodeText(bytes)).toBe('Türkiye');
  });

  it('rejects invalid UTF-8 and binary bytes with a clear code', () => {
    expect(codeOf(() => decodeText(new Uint8Array([0x41, 0xff, 0xfe, 0x42])))).toBe('INVALID_ENCODING');
    expect(codeOf(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00])))).toBe('BINARY');
  });
});
