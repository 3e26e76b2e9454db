import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, gql } from '../../src/api/client';

/** A real HTTP endpoint answering like a GraphQL server would in each situation. */
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const { query } = JSON.parse(body) as { query: string };
      const auth = request.headers.authorization ?? null;
      response.setHeader('content-type', 'application/json');
      if (request.url === '/ok') response.end(JSON.stringify({ data: { echo: query, auth } }));
      else if (request.url === '/errors')
        response.end(JSON.stringify({ errors: [{ message: 'Cannot query field "nope" on type "Query".' }] }));
      else if (request.url === '/unauthorized') {
        response.statusCode = 401;
        response.end(
          JSON.stringify({ errors: [{ message: 'missing token', extensions: { code: 'UNAUTHORIZED' } }] }),
        );
      } else {
        response.statusCode = 502;
        response.end('bad gateway');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('gql', () => {
  it('returns data and sends the session token as a bearer token', async () => {
    sessionStorage.setItem('entente.apiToken', 'tok');
    const data = await gql<{ echo: string; auth: string }>(
      '{ stats { actors } }',
      {},
      { endpoint: `${base}/ok` },
    );
    expect(data).toEqual({ echo: '{ stats { actors } }', auth: 'Bearer tok' });
    sessionStorage.clear();
  });

  it('turns GraphQL errors, 401s and HTTP failures into readable ApiErrors', async () => {
    await expect(gql('{ nope }', {}, { endpoint: `${base}/errors` })).rejects.toMatchObject({
      kind: 'graphql',
      message: 'Cannot query field "nope" on type "Query".',
    });
    await expect(gql('{ x }', {}, { endpoint: `${base}/unauthorized` })).rejects.toMatchObject({
      kind: 'unauthorized',
    });
    await expect(gql('{ x }', {}, { endpoint: `${base}/down` })).rejects.toMatchObject({
      kind: 'http',
      message: 'The API answered with HTTP 502.',
    });
  });

  it('explains an unreachable server', async () => {
    const error = await gql('{ x }', {}, { endpoint: 'http://127.0.0.1:9/graphql' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('Cannot reach the Entente API. Is the server running?');
  });
});
