// An article whose quote holds a control character (0x01 is accepted in small numbers: real texts carry
// a few) must not make the GEXF export unreadable: the export parses as XML 1.0. Real server, real file.
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedCorpus: null });
});
afterAll(async () => {
  await server.dispose();
});

describe('GEXF export', () => {
  it('stays well-formed XML 1.0 when a quote holds a control character', async () => {
    const text = `Qatar hosted Egypt\u0001 for talks on the Gaza ceasefire. ${'The talks went on for days. '.repeat(60)}`;
    const { ingestArticle } = dataOf(
      await server.gql<{ ingestArticle: { __typename: string } }>(
        'mutation ($text: String!) { ingestArticle(input: { text: $text }) { __typename } }',
        { text },
      ),
    );
    expect(ingestArticle.__typename).toBe('IngestSuccess');
    const xml = await (await fetch(new URL('/export/graph.gexf', server.url))).text();
    expect(xml).toContain('Qatar hosted Egypt for talks');
    const parser = new SaxesParser();
    const errors: Error[] = [];
    parser.on('error', (error) => errors.push(error));
    parser.write(xml).close();
    expect(errors).toEqual([]);
  });
});
