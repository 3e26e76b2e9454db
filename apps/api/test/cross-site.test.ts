// Requests a foreign web page can make through the user's browser: simple (form, multipart, text/plain)
// POSTs that need no CORS preflight, JSON POSTs from another Origin, and DNS rebinding (a foreign name
// resolving to 127.0.0.1, so the browser counts the page as same-origin). Each gets 4xx and changes
// nothing. Real server on loopback, real database file.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_CORPUS } from '../src/paths.js';
import { dataOf, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let victimId: string;
beforeAll(async () => {
  server = await startTestServer({ seedCorpus: DEFAULT_SEED_CORPUS });
  const { documents } = dataOf(
    await server.gql<{ documents: { nodes: { id: string }[] } }>('{ documents(first: 1) { nodes { id } } }'),
  );
  victimId = documents.nodes[0]!.id;
});
afterAll(async () => {
  await server.dispose();
});

const REMOVE = (id: string) => `mutation { removeDocument(id: "${id}") { __typename } }`;
const INGEST =
  'mutation { ingestArticle(input: { text: "Qatar hosted Egypt for talks in Doha." }) { __typename } }';

async function documentCount(): Promise<number> {
  return dataOf(await server.gql<{ stats: { documents: number } }>('{ stats { documents } }')).stats
    .documents;
}

/** A raw HTTP request, so that Host and Origin can be anything (fetch would set its own Host). */
function send(options: {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  const url = new URL(options.path ?? '/graphql', server.url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? 'POST',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('cross-site request forgery', () => {
  it('refuses a cross-origin form POST of removeDocument (4xx) and removes nothing', async () => {
    const before = await documentCount();
    const response = await send({
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
      },
      body: new URLSearchParams({ query: REMOVE(victimId) }).toString(),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await documentCount()).toBe(before);
  });

  it('refuses a multipart POST of ingestArticle and a text/plain one, and stores nothing', async () => {
    const before = await documentCount();
    const boundary = '----entente';
    const multipart = await send({
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        origin: 'https://evil.example',
      },
      body: `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: INGEST })}\r\n--${boundary}--\r\n`,
    });
    expect(multipart.status).toBeGreaterThanOrEqual(400);
    expect(multipart.status).toBeLessThan(500);
    const plain = await send({
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
      body: JSON.stringify({ query: INGEST }),
    });
    expect(plain.status).toBeGreaterThanOrEqual(400);
    expect(plain.status).toBeLessThan(500);
    expect(await documentCount()).toBe(before);
  });

  it('refuses a form POST even without an Origin header (old browsers, privacy extensions)', async () => {
    const before = await documentCount();
    const response = await send({
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: REMOVE(victimId) }).toString(),
    });
    expect(response.status).toBe(403);
    expect(await documentCount()).toBe(before);
  });

  it('refuses a JSON mutation sent by a page of another origin (403 FORBIDDEN_ORIGIN)', async () => {
    const before = await documentCount();
    for (const origin of ['https://evil.example', 'null', `http://rebind.attacker.example:${server.port}`]) {
      const response = await send({
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ query: REMOVE(victimId) }),
      });
      expect(response.status).toBe(403);
      expect(JSON.parse(response.body).errors[0].extensions.code).toBe('FORBIDDEN_ORIGIN');
    }
    expect(await documentCount()).toBe(before);
  });

  it('takes mutations from the app itself (same origin) and from programs (no Origin)', async () => {
    const sameOrigin = await send({
      headers: {
        'content-type': 'application/json',
        origin: `http://127.0.0.1:${server.port}`,
        host: `127.0.0.1:${server.port}`,
      },
      body: JSON.stringify({ query: INGEST }),
    });
    expect(sameOrigin.status).toBe(200);
    expect(JSON.parse(sameOrigin.body).data.ingestArticle.__typename).toBe('IngestSuccess');
    const program = await send({
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: REMOVE('no-such-document') }),
    });
    expect(JSON.parse(program.body).data.removeDocument.__typename).toBe('NotFoundError');
  });

  it('refuses a GET query without the CSRF header, and answers it with the header', async () => {
    const path = `/graphql?query=${encodeURIComponent('{ stats { documents } }')}`;
    expect((await send({ method: 'GET', path })).status).toBe(403);
    const allowed = await send({ method: 'GET', path, headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(allowed.status).toBe(200);
  });
});

describe('DNS rebinding', () => {
  it('answers 403 to every route for a foreign Host, and changes nothing', async () => {
    const before = await documentCount();
    const host = `rebind.attacker.example:${server.port}`;
    for (const path of [
      '/healthz',
      '/export/graph.json',
      '/',
      `/graphql?query=${encodeURIComponent('{ stats { documents } }')}`,
    ]) {
      const response = await send({ method: 'GET', path, headers: { host, 'x-graphql-yoga-csrf': '1' } });
      expect(response.status, path).toBe(403);
      expect(response.body).not.toContain('turkey');
    }
    const mutation = await send({
      headers: { host, origin: `http://${host}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: REMOVE(victimId) }),
    });
    expect(mutation.status).toBe(403);
    expect(await documentCount()).toBe(before);
  });

  it('serves the loopback names, and the names ENTENTE_ALLOWED_HOSTS adds', async () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]', 'app.localhost']) {
      const response = await send({
        method: 'GET',
        path: '/healthz',
        headers: { host: `${host}:${server.port}` },
      });
      expect(response.status, host).toBe(200);
    }
    const deployed = await startTestServer({ seedCorpus: null, allowedHosts: 'entente.example.org' });
    try {
      const url = new URL('/healthz', deployed.url);
      const status = (host: string) =>
        new Promise<number>((resolve, reject) => {
          request({ host: url.hostname, port: url.port, path: '/healthz', headers: { host } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          })
            .on('error', reject)
            .end();
        });
      expect(await status('entente.example.org')).toBe(200);
      expect(await status('rebind.attacker.example')).toBe(403);
    } finally {
      await deployed.dispose();
    }
  });
});
