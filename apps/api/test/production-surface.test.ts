// What a stranger learns from a production server: no schema through introspection or "did you mean"
// hints (unless ENTENTE_INTROSPECTION asks for them), and headers that keep browsers from sniffing,
// framing, or running foreign scripts in the app. Real server on loopback, real database file.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CONTENT_SECURITY_POLICY } from '../src/http/security-headers.js';
import { startTestServer, type TestServer } from './helpers.js';
import { tempDir } from './temp.js';

const webDist = tempDir();
writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Entente app</title>');
mkdirSync(join(webDist, 'assets'));
writeFileSync(join(webDist, 'assets', 'index-abc123.js'), 'console.log("app");');

let production: TestServer;
beforeAll(async () => {
  // What NODE_ENV=production resolves to: no GraphiQL, hence no introspection unless asked for.
  production = await startTestServer({ seedCorpus: null, graphiql: false, webDist });
});
afterAll(async () => {
  await production.dispose();
  rmSync(webDist, { recursive: true, force: true });
});

const INTROSPECTION = '{ __schema { types { name } } }';

describe('schema disclosure in production', () => {
  it('refuses introspection', async () => {
    const response = await production.gql(INTROSPECTION);
    expect(response.data?.__schema).toBeUndefined();
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('gives no "did you mean" hints for misspelt fields, arguments or enum values', async () => {
    for (const query of [
      '{ actorz(first: 1) { nodes { id } } }',
      '{ actors(frist: 1) { nodes { id } } }',
      '{ relations(filter: { types: [meet] }) { totalCount } }',
    ]) {
      const response = await production.gql(query);
      expect(response.errors?.length, query).toBeGreaterThan(0);
      for (const error of response.errors ?? []) expect(error.message, query).not.toMatch(/did you mean/i);
    }
  });

  it('answers introspection and hints when asked to (ENTENTE_INTROSPECTION)', async () => {
    const open = await startTestServer({ seedCorpus: null, graphiql: false, introspection: true });
    try {
      const response = await open.gql<{ __schema: { types: unknown[] } }>(INTROSPECTION);
      expect(response.data?.__schema.types.length).toBeGreaterThan(10);
      const misspelt = await open.gql('{ actorz(first: 1) { nodes { id } } }');
      expect(misspelt.errors?.[0]?.message).toMatch(/Did you mean .*"actors"/);
    } finally {
      await open.dispose();
    }
  });
});

describe('security headers', () => {
  it('sends CSP with frame-ancestors none, nosniff and no framing on the app, the API and health', async () => {
    for (const path of ['/', '/assets/index-abc123.js', '/healthz', '/export/graph.json']) {
      const response = await fetch(new URL(path, production.url));
      expect(response.headers.get('content-security-policy'), path).toBe(APP_CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
    const api = await fetch(new URL('/graphql', production.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { documents } }' }),
    });
    expect(api.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(APP_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(APP_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
  });
});
