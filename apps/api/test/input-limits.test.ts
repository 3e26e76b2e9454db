// Oversized or malformed article metadata: each is refused with an error naming the field, and nothing
// is stored. Real server on loopback, real database file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_LIMITS } from '../src/service/article-fields.js';
import { dataOf, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedCorpus: null });
});
afterAll(async () => {
  await server.dispose();
});

const INGEST = `mutation ($input: ArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on InvalidInputError { message code field }
    ... on TooLargeError { message code field limit actual }
  }
}`;

const TEXT = 'Qatar hosted Egypt for talks on the Gaza ceasefire.';

interface Refusal {
  __typename: string;
  message: string;
  code: string;
  field?: string;
  limit?: number;
  actual?: number;
}

async function ingest(input: Record<string, unknown>): Promise<Refusal> {
  return dataOf(await server.gql<{ ingestArticle: Refusal }>(INGEST, { input: { text: TEXT, ...input } }))
    .ingestArticle;
}

async function storedDocuments(): Promise<number> {
  return dataOf(await server.gql<{ stats: { documents: number } }>('{ stats { documents } }')).stats
    .documents;
}

describe('article field limits', () => {
  it('refuses a 1 MB title, source or url with TooLargeError naming the field', async () => {
    for (const field of ['title', 'source', 'url'] as const) {
      const value = field === 'url' ? `https://example.org/${'a'.repeat(1_000_000)}` : 'T'.repeat(1_000_000);
      const answer = await ingest({ [field]: value });
      expect(answer, field).toMatchObject({
        __typename: 'TooLargeError',
        code: 'TOO_LARGE',
        field,
        limit: FIELD_LIMITS[field],
        actual: value.length,
      });
      expect(answer.message).toContain(`"${field}"`);
    }
    expect(await storedDocuments()).toBe(0);
  });

  it('refuses javascript:, data: and file: urls, and relative ones', async () => {
    for (const url of [
      'javascript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      '/relative/path',
    ]) {
      const answer = await ingest({ url });
      expect(answer, url).toMatchObject({
        __typename: 'InvalidInputError',
        code: 'INVALID_INPUT',
        field: 'url',
      });
    }
    expect(await storedDocuments()).toBe(0);
  });

  it('refuses control characters in a title or source', async () => {
    for (const [field, value] of [
      ['title', 'Talks\u0000 in Doha'],
      ['title', 'Talks\u0001 in Doha'],
      ['title', 'Talks\nin Doha'],
      ['source', 'Wire\u0085Service'],
    ] as const) {
      const answer = await ingest({ [field]: value });
      expect(answer, JSON.stringify(value)).toMatchObject({ __typename: 'InvalidInputError', field });
    }
    expect(await storedDocuments()).toBe(0);
  });

  it('accepts fields within the limits, with an https url', async () => {
    const answer = await ingest({
      title: 'Qatar hosts Egypt — talks in Doha',
      source: 'Example Wire',
      url: 'https://example.org/news/qatar-egypt?id=1',
    });
    expect(answer.__typename).toBe('IngestSuccess');
    expect(await storedDocuments()).toBe(1);
  });
});
