// A small query that asks for a huge answer: aliases of `graph` each repeat the whole graph. The graph's
// nodes and edges count against the request's result budget, so past it the query gets a TOO_LARGE
// error instead of a response of tens of megabytes. Real server, real database file; the budget is set
// to a few graphs of the demo corpus so that the demo is enough to cross it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_CORPUS } from '../src/paths.js';
import { dataOf, startTestServer, type TestServer } from './helpers.js';

const GRAPH =
  'graph(filter: { hideIsolated: false }) { nodes { id label kind } edges { id source target type } }';

let server: TestServer;
let graphObjects: number;
beforeAll(async () => {
  const probe = await startTestServer({ seedCorpus: DEFAULT_SEED_CORPUS });
  const { graph } = dataOf(
    await probe.gql<{ graph: { nodes: unknown[]; edges: unknown[] } }>(`{ ${GRAPH} }`),
  );
  graphObjects = graph.nodes.length + graph.edges.length;
  await probe.close();
  server = await startTestServer({ dir: probe.dir, seedCorpus: null, resultBudget: 3 * graphObjects });
});
afterAll(async () => {
  await server.dispose();
});

describe('response size', () => {
  it('answers a few copies of the graph in one request', async () => {
    const response = await server.gql<Record<string, { nodes: unknown[] }>>(`{ a: ${GRAPH} b: ${GRAPH} }`);
    expect(dataOf(response).a!.nodes.length).toBeGreaterThan(0);
  });

  it('refuses 15 aliases of graph with a TOO_LARGE error rather than a response 15 graphs long', async () => {
    const aliases = Array.from({ length: 15 }, (_, index) => `g${index}: ${GRAPH}`).join(' ');
    const response = await fetch(new URL('/graphql', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${aliases} }` }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('TOO_LARGE');
    expect(body.errors?.[0]?.message).toMatch(/more than \d+ nested objects/);
    // At most the budget's worth of objects was sent, not fifteen graphs.
    const oneGraphBytes = JSON.stringify(dataOf(await server.gql(`{ ${GRAPH} }`))).length;
    expect(text.length).toBeLessThan(4 * oneGraphBytes);
  });
});
