// An article whose quote holds a control character (0x01 is accepted in small numbers: real texts carry
// a few) must not make the GEXF export unreadable: the export parses as XML 1.0. Real server, real file.
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  // A generous extraction budget: this file tests the export, not the budget, on machines of any speed.
  server = await startTestServer({ seedCorpus: null, extractionTimeoutMs: 120_000 });
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
    // The quote travels in the evidence JSON, where the control character is an escape, not a raw byte.
    expect(xml).toContain('Qatar hosted Egypt\\u0001 for talks');
    const parser = new SaxesParser();
    const errors: Error[] = [];
    parser.on('error', (error) => errors.push(error));
    parser.write(xml).close();
    expect(errors).toEqual([]);
  });

  it('places every actor as the map lays it out, and dates the relations for Gephi’s timeline', async () => {
    const text =
      'Turkey hosted Egypt for talks in Ankara on 3 November 2025. Israel criticized Turkey on 5 November 2025.';
    await server.gql(
      'mutation ($text: String!) { ingestArticle(input: { text: $text, publishedAt: "2025-11-06" }) { __typename } }',
      {
        text,
      },
    );
    const response = await fetch(new URL('/export/graph.gexf?types=hosts,criticizes', server.url));
    expect(response.status).toBe(200);
    const xml = await response.text();
    const nodes = xml.match(/<node /g)?.length ?? 0;
    expect(nodes).toBeGreaterThanOrEqual(3);
    expect(xml.match(/<viz:position x="-?[\d.e+-]+" y="-?[\d.e+-]+" z="0"\/>/g)?.length).toBe(nodes);
    expect(xml).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    expect(xml).toMatch(/<spell start="2025-11-0\d" end="2025-11-0\d"\/>/);
    expect(xml).toContain('<description>Entente graph (types=hosts,criticizes)</description>');
  });
});
