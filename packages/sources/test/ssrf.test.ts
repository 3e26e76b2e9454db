import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource, isPublicAddress, SourceError } from '../src/index.js';
import { FixtureServer } from '../src/testing/fixture-server.js';

const server = new FixtureServer();

beforeAll(async () => {
  await server.start();
  server.routes.set('/page', { body: '<p>hello</p>' });
  const port = new URL(server.origin).port;
  server.routes.set('/to-private', { status: 302, headers: { location: `http://127.0.0.2:${port}/page` } });
  server.routes.set('/to-ipv6-loopback', { status: 302, headers: { location: `http://[::1]:${port}/page` } });
});
afterAll(() => server.stop());

describe('SSRF guard', () => {
  it('refuses 127.0.0.1 when private addresses are not allowed, and never connects', async () => {
    const before = server.requests.length;
    const error = await fetchResource(`${server.origin}/page`, { allowPrivate: false }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ code: 'BLOCKED_ADDRESS' });
    expect((error as Error).message).toContain('ENTENTE_FETCH_ALLOW_PRIVATE=1');
    expect(server.requests.length).toBe(before);
  });

  it('refuses a name that resolves to a loopback address (checked after DNS resolution)', async () => {
    const before = server.requests.length;
    const port = new URL(server.origin).port;
    const error = await fetchResource(`http://localhost:${port}/page`, { allowPrivate: false }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'BLOCKED_ADDRESS' });
    expect((error as Error).message).toMatch(/localhost \((127\.0\.0\.1|::1)\)/);
    expect(server.requests.length).toBe(before);
  });

  it('checks every redirect hop: a redirect to a private address is refused', async () => {
    // Only the fixture server's own address is let through, as a public server would be.
    const allowAddress = (address: string) => address === '127.0.0.1' || isPublicAddress(address);
    for (const path of ['/to-private', '/to-ipv6-loopback']) {
      const error = await fetchResource(`${server.origin}${path}`, { allowAddress }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toMatchObject({ code: 'BLOCKED_ADDRESS' });
    }
    expect(server.requestsTo('/page')).toHaveLength(0);
  });

  it('follows the setting in the environment', async () => {
    const saved = process.env.ENTENTE_FETCH_ALLOW_PRIVATE;
    try {
      process.env.ENTENTE_FETCH_ALLOW_PRIVATE = '1';
      expect((await fetchResource(`${server.origin}/page`)).text).toBe('<p>hello</p>');
      delete process.env.ENTENTE_FETCH_ALLOW_PRIVATE;
      await expect(fetchResource(`${server.origin}/page`)).rejects.toMatchObject({ code: 'BLOCKED_ADDRESS' });
    } finally {
      if (saved === undefined) delete process.env.ENTENTE_FETCH_ALLOW_PRIVATE;
      else process.env.ENTENTE_FETCH_ALLOW_PRIVATE = saved;
    }
  });

  it('tells public addresses from private, loopback, link-local and mapped ones', () => {
    for (const address of ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c', '8.8.8.8'])
      expect(isPublicAddress(address), address).toBe(true);
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '100.64.0.1',
      '::1',
      '::',
      'fe80::1',
      'fc00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '224.0.0.1',
      'not-an-address',
    ])
      expect(isPublicAddress(address), address).toBe(false);
  });
});
