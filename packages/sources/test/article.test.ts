import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticle, SourceError } from '../src/index.js';
import {
  ANKARA_TALKS,
  ampPage,
  bodyText,
  type FixtureArticle,
  FURNITURE,
  newsPage,
  VIENNA_MEETING,
} from '../src/testing/articles.js';
import { FixtureServer } from '../src/testing/fixture-server.js';
import { windows1252 } from './encode.js';

const server = new FixtureServer();
const fetchOptions = { allowPrivate: true };

/** Share of the body's characters found in the text, and of the furniture's. */
function accuracy(text: string, article: FixtureArticle) {
  const kept = article.paragraphs.filter((paragraph) => text.includes(paragraph)).join('').length;
  const body = article.paragraphs.join('').length;
  const furniture = FURNITURE.filter((string) => text.includes(string)).join('').length;
  return { body: kept / body, furniture };
}

beforeAll(async () => {
  await server.start();
  const { origin } = server;
  server.routes.set('/world/ankara-talks', { body: newsPage(ANKARA_TALKS, origin) });
  server.routes.set('/amp/ankara-talks', { body: ampPage(ANKARA_TALKS, origin) });
  server.routes.set('/old/1', { status: 301, headers: { location: '/old/2' } });
  server.routes.set('/old/2', {
    status: 301,
    headers: { location: `${origin}/world/vienna-meeting?utm_source=rss#top` },
  });
  server.routes.set('/world/vienna-meeting?utm_source=rss', { body: newsPage(VIENNA_MEETING, origin) });
  server.routes.set('/gzip/ankara-talks', {
    headers: { 'content-encoding': 'gzip' },
    body: gzipSync(newsPage(ANKARA_TALKS, origin)),
  });
  const accented: FixtureArticle = {
    ...VIENNA_MEETING,
    slug: 'vienna-cp1252',
    paragraphs: [
      ...VIENNA_MEETING.paragraphs,
      'Grossi’s deputy, Lena Müller, called the talks “a café-table conversation” – nothing more.',
    ],
  };
  server.routes.set('/cp1252/header', {
    headers: { 'content-type': 'text/html; charset=windows-1252' },
    body: windows1252(
      newsPage(accented, origin, { charsetMeta: 'windows-1252' }).replace(
        '<meta charset="windows-1252">',
        '',
      ),
    ),
  });
  server.routes.set('/cp1252/meta', {
    headers: { 'content-type': 'text/html' },
    body: windows1252(newsPage(accented, origin, { charsetMeta: 'windows-1252' })),
  });
  server.routes.set('/huge', {
    handle: (response) => {
      // 50 MB of markup, streamed without a length, as a misbehaving server might.
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'filler text '.repeat(8_000)}</p>\n`;
      let sent = 0;
      const pump = () => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.on('error', () => undefined);
      pump();
    },
  });
  server.routes.set('/huge-declared', {
    handle: (response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      response.write('<p>start</p>');
    },
  });
  server.routes.set('/silent', { handle: () => undefined });
  server.routes.set('/feed.pdf', { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.7' });
  server.routes.set('/empty', { body: '<html><body><nav>Home</nav></body></html>' });
});

afterAll(() => server.stop());

describe('readArticle', () => {
  it('reads a news page: the body without nav, captions, related links or footer, and its metadata', async () => {
    const article = await readArticle(`${server.origin}/world/ankara-talks`, fetchOptions);
    expect(article.text).toBe(bodyText(ANKARA_TALKS));
    expect(accuracy(article.text, ANKARA_TALKS)).toEqual({ body: 1, furniture: 0 });
    expect(article.title).toBe(ANKARA_TALKS.title);
    expect(article.outlet).toBe(ANKARA_TALKS.outlet);
    expect(article.author).toBe(ANKARA_TALKS.author);
    expect(article.publishedAt).toBe(ANKARA_TALKS.publishedAt);
    expect(article.canonicalUrl).toBe(`${server.origin}/world/ankara-talks`);
    expect(article.lang).toBe('en');
  });

  it('reads an AMP page and keeps the canonical URL of the regular page', async () => {
    const article = await readArticle(`${server.origin}/amp/ankara-talks`, fetchOptions);
    expect(accuracy(article.text, ANKARA_TALKS)).toEqual({ body: 1, furniture: 0 });
    expect(article.url).toBe(`${server.origin}/amp/ankara-talks`);
    expect(article.canonicalUrl).toBe(`${server.origin}/world/ankara-talks`);
    expect(article.publishedAt).toBe(ANKARA_TALKS.publishedAt);
    expect(article.author).toBe(ANKARA_TALKS.author);
  });

  it('follows a chain of 301s and reports where the page really was, without tracking parameters', async () => {
    const article = await readArticle(`${server.origin}/old/1`, fetchOptions);
    expect(article.url).toBe(`${server.origin}/world/vienna-meeting?utm_source=rss`);
    expect(article.canonicalUrl).toBe(`${server.origin}/world/vienna-meeting`);
    expect(article.text).toBe(bodyText(VIENNA_MEETING));
    expect(article.publishedAt).toBe('2025-11-20');
  });

  it('decompresses a gzip response', async () => {
    const article = await readArticle(`${server.origin}/gzip/ankara-talks`, fetchOptions);
    expect(article.text).toBe(bodyText(ANKARA_TALKS));
  });

  it.each(['/cp1252/header', '/cp1252/meta'])('decodes a windows-1252 page (%s)', async (path) => {
    const article = await readArticle(`${server.origin}${path}`, fetchOptions);
    expect(article.text).toContain(
      'Grossi’s deputy, Lena Müller, called the talks “a café-table conversation” – nothing more.',
    );
  });

  it('answers a 404 with a clear error carrying the status', async () => {
    const error = await readArticle(`${server.origin}/missing`, fetchOptions).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ code: 'HTTP_STATUS', status: 404 });
    expect((error as Error).message).toContain('404');
  });

  it('stops reading a 50 MB page at the size limit, streamed or declared', async () => {
    for (const path of ['/huge', '/huge-declared']) {
      const error = await readArticle(`${server.origin}${path}`, fetchOptions).catch(
        (caught: unknown) => caught,
      );
      expect(error).toMatchObject({ code: 'TOO_LARGE' });
      expect((error as Error).message).toMatch(/larger than the 10 MB limit/);
    }
  });

  it('gives up on a server that never answers', async () => {
    const error = await readArticle(`${server.origin}/silent`, { ...fetchOptions, timeoutMs: 300 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'TIMEOUT' });
  });

  it('refuses what is not an HTML page, and a page without an article', async () => {
    await expect(readArticle(`${server.origin}/feed.pdf`, fetchOptions)).rejects.toMatchObject({
      code: 'UNSUPPORTED_CONTENT',
    });
    await expect(readArticle(`${server.origin}/empty`, fetchOptions)).rejects.toMatchObject({
      code: 'NO_ARTICLE',
    });
  });

  it('refuses schemes other than http and https, and malformed URLs', async () => {
    await expect(readArticle('file:///etc/passwd')).rejects.toMatchObject({ code: 'UNSUPPORTED_SCHEME' });
    await expect(readArticle('not a url')).rejects.toMatchObject({ code: 'INVALID_URL' });
  });

  it('sends no cookie, even when the server sets one', async () => {
    server.routes.set('/cookie', { headers: { 'set-cookie': 'session=1; Path=/' }, status: 301 });
    server.routes.get('/cookie')!.headers!.location = '/world/ankara-talks';
    await readArticle(`${server.origin}/cookie`, fetchOptions);
    const followed = server.requests.at(-1)!;
    expect(followed.path).toBe('/world/ankara-talks');
    expect(followed.headers.cookie).toBeUndefined();
  });
});
