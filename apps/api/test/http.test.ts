import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_CORPUS } from '../src/paths.js';
import { startTestServer, type TestServer } from './helpers.js';
import { tempDir } from './temp.js';

// A stand-in for the built web app: the server only needs files to serve.
const webDist = tempDir();
writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Entente app</title><div id="root"></div>');
mkdirSync(join(webDist, 'assets'));
writeFileSync(join(webDist, 'assets', 'index-abc123.js'), 'console.log("app");');
writeFileSync(join(webDist, 'assets', 'index-abc123.css'), 'body { margin: 0 }');
writeFileSync(join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    seedCorpus: DEFAULT_SEED_CORPUS,
    webDist,
    graphiql: true,
    maxBodyBytes: 1024 * 1024,
  });
});
afterAll(async () => {
  await server.dispose();
  rmSync(webDist, { recursive: true, force: true });
});

const url = (path: string) => new URL(path, server.url);

describe('GraphQL error handling', () => {
  it('answers a syntax error with a GraphQL error and keeps serving', async () => {
    // Clients of the classic JSON media type get 200; those of the GraphQL response type get 400.
    const response = await server.gql('{ stats { actors }');
    expect(response.status).toBe(200);
    expect(response.errors?.[0]?.message).toMatch(/Syntax Error/);
    expect(response.data).toBeUndefined();
    const strict = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ stats { actors }' }),
    });
    expect(strict.status).toBe(400);
    const next = await server.gql<{ stats: { actors: number } }>('{ stats { actors } }');
    expect(next.status).toBe(200);
    expect(next.data?.stats.actors).toBeGreaterThan(0);
  });

  it('answers an unknown field with a validation error', async () => {
    const response = await server.gql('{ stats { actors secretField } }');
    expect(response.errors?.[0]?.message).toMatch(/Cannot query field "secretField"/);
    expect(response.data).toBeUndefined();
  });

  it('answers a body that is not JSON with a GraphQL error', async () => {
    const response = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: unknown[] };
    expect(body.errors.length).toBeGreaterThan(0);
  });

  it('refuses queries deeper than the limit', async () => {
    let selection = 'id';
    for (let level = 0; level < 10; level += 1) selection = `neighbors { ${selection} }`;
    const response = await server.gql(`{ actor(id: "turkey") { ... on Actor { ${selection} } } }`);
    expect(response.errors?.[0]?.message).toMatch(/depth/i);
    expect(response.data ?? null).toBeNull();
  });

  it('refuses too many aliases', async () => {
    const fields = Array.from({ length: 20 }, (_, index) => `s${index}: stats { actors }`).join(' ');
    const response = await server.gql(`{ ${fields} }`);
    expect(response.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses queries over the cost limit', async () => {
    const response = await server.gql(
      '{ actors(first: 500) { nodes { id name relations { id weight evidence { quote document { id title } } } neighbors { id name } } } }',
    );
    expect(response.errors?.[0]?.message).toMatch(/cost/i);
    expect(response.data).toBeUndefined();
  });

  it('stops a query whose nested lists fan out past the result budget', async () => {
    let selection = 'id';
    for (let level = 0; level < 7; level += 1) selection = `neighbors { ${selection} }`;
    const response = await server.gql(`{ actors(first: 50) { nodes { ${selection} } } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('TOO_LARGE');
    expect((await server.gql('{ stats { actors } }')).status).toBe(200);
  });

  it('refuses a body over the size limit with 413 before parsing', async () => {
    const response = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ stats { actors } }',
        variables: { pad: 'x'.repeat(2 * 1024 * 1024) },
      }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a body that is not valid UTF-8 and stores nothing from it', async () => {
    const before = await server.gql<{ stats: { documents: number } }>('{ stats { documents } }');
    // "é" in Latin-1 is the single byte 0xE9, which is not valid UTF-8.
    const query =
      'mutation { ingestArticle(input: { text: "Turkey hosted Egypt at a café in Ankara." }) { __typename } }';
    const latin1 = Buffer.from(JSON.stringify({ query }), 'latin1');
    const response = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: latin1,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('INVALID_ENCODING');
    const after = await server.gql<{ stats: { documents: number } }>('{ stats { documents } }');
    expect(after.data?.stats.documents).toBe(before.data?.stats.documents);
  });

  it('refuses an oversized body sent without Content-Length (chunked)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        url('/graphql'),
        { method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      const pump = () => {
        while (sent < 2 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
    expect((await server.gql('{ stats { actors } }')).status).toBe(200);
  });
});

describe('HTTP routes', () => {
  it('reports health', async () => {
    const response = await fetch(url('/healthz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', documents: 5 });
  });

  it('serves GraphiQL to browsers when enabled', async () => {
    const response = await fetch(url('/graphql'), { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/GraphiQL/i);
  });

  it('serves the web app with content types and SPA fallback', async () => {
    const index = await fetch(url('/'));
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('Entente app');
    const script = await fetch(url('/assets/index-abc123.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toMatch(/immutable/);
    expect(await script.text()).toBe('console.log("app");');
    expect((await fetch(url('/assets/index-abc123.css'))).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await fetch(url('/favicon.svg'))).headers.get('content-type')).toBe('image/svg+xml');
    const route = await fetch(url('/actors/turkey?tab=relations'));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('Entente app');
    expect((await fetch(url('/assets/missing.js'))).status).toBe(404);
  });

  it('never serves files outside the web app folder', async () => {
    for (const path of [
      '/..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2f..%2fetc%2fhosts',
    ]) {
      const response = await fetch(url(path));
      const text = await response.text();
      expect(text).not.toMatch(/root:|localhost/);
    }
  });

  it('exports the graph as GEXF and as graphology JSON', async () => {
    const gexf = await fetch(url('/export/graph.gexf'));
    expect(gexf.status).toBe(200);
    expect(gexf.headers.get('content-type')).toMatch(/gexf\+xml/);
    expect(gexf.headers.get('content-disposition')).toMatch(/attachment; filename="entente-graph.gexf"/);
    const xml = await gexf.text();
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain('<gexf');
    expect(xml).toContain('turkey');
    const json = await fetch(url('/export/graph.json'));
    const data = (await json.json()) as { nodes: { key: string }[]; edges: unknown[] };
    expect(data.nodes.map((node) => node.key)).toContain('turkey');
    expect(data.edges.length).toBeGreaterThan(0);
    const filtered = (await (
      await fetch(url('/export/graph.json?types=meets&hideIsolated=true'))
    ).json()) as {
      edges: { attributes: { type: string } }[];
    };
    expect(filtered.edges.length).toBeLessThan(data.edges.length);
    expect(filtered.edges.every((edge) => edge.attributes.type === 'meets')).toBe(true);
    const bad = await fetch(url('/export/graph.gexf?types=loves'));
    expect(bad.status).toBe(400);
    expect((await fetch(url('/export/graph.csv'))).status).toBe(404);
  });

  it('refuses other methods outside /graphql', async () => {
    const response = await fetch(url('/healthz'), { method: 'DELETE' });
    expect(response.status).toBe(405);
  });

  it('sends no CORS headers unless origins are configured', async () => {
    const response = await fetch(url('/graphql?query=%7Bstats%7Bactors%7D%7D'), {
      headers: { origin: 'http://elsewhere.test', 'x-graphql-yoga-csrf': '1' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('server variants', () => {
  it('shows a helpful page when the web app is not built', async () => {
    const bare = await startTestServer({
      seedCorpus: null,
      graphiql: true,
      webDist: join(webDist, 'not-built'),
    });
    try {
      const response = await fetch(new URL('/', bare.url));
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toMatch(/web app is not built/);
      expect(html).toContain('href="/graphql"');
    } finally {
      await bare.dispose();
    }
  });

  it('answers CORS requests from configured origins, and hides GraphiQL when disabled', async () => {
    const cors = await startTestServer({ seedCorpus: null, corsOrigin: 'http://app.test', graphiql: false });
    try {
      const preflight = await fetch(new URL('/graphql', cors.url), {
        method: 'OPTIONS',
        headers: { origin: 'http://app.test', 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('http://app.test');
      const page = await fetch(new URL('/graphql', cors.url), { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    } finally {
      await cors.dispose();
    }
  });
});
