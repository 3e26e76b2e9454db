// `pnpm bench` (or `node bench/sources.mjs` after a build): how much of each fixture page's body the
// extraction keeps and how much furniture it lets through, and how fast pages and feeds are read, over a
// real HTTP server on loopback.
import { gzipSync } from 'node:zlib';
import { extractArticle, parseFeedDocument, readArticle } from '../dist/index.js';
import {
  ANKARA_TALKS,
  ampPage,
  atomFeed,
  dispatch,
  FixtureServer,
  FURNITURE,
  newsPage,
  rssFeed,
  VIENNA_MEETING,
} from '../dist/testing/index.js';

const server = await new FixtureServer().start();
const { origin } = server;
const shapes = [
  ['news page (nav, caption, related, JSON-LD)', '/news', newsPage(ANKARA_TALKS, origin), ANKARA_TALKS],
  ['news page, other story', '/news2', newsPage(VIENNA_MEETING, origin), VIENNA_MEETING],
  ['AMP page', '/amp', ampPage(ANKARA_TALKS, origin), ANKARA_TALKS],
  ['gzip response', '/gzip', newsPage(ANKARA_TALKS, origin), ANKARA_TALKS, { 'content-encoding': 'gzip' }],
];
for (const [, path, html, , headers] of shapes)
  server.routes.set(path, { body: headers ? gzipSync(html) : html, headers });

console.log('text extraction (characters of body kept / characters of furniture kept):');
let bodyTotal = 0;
let bodyKept = 0;
let furnitureTotal = 0;
let furnitureKept = 0;
for (const [name, path, html, article] of shapes) {
  const { text } = await readArticle(`${origin}${path}`, { allowPrivate: true });
  const body = article.paragraphs.join('').length;
  const kept = article.paragraphs.filter((paragraph) => text.includes(paragraph)).join('').length;
  // Only the furniture this page carries counts.
  const furniture = FURNITURE.filter((string) => html.includes(string)).join('').length;
  const leaked = FURNITURE.filter((string) => text.includes(string)).join('').length;
  bodyTotal += body;
  bodyKept += kept;
  furnitureTotal += furniture;
  furnitureKept += leaked;
  console.log(
    `  ${name.padEnd(44)} body ${kept}/${body} (${((100 * kept) / body).toFixed(1)} %), furniture ${leaked}/${furniture}`,
  );
}
console.log(
  `  all                                          body ${bodyKept}/${bodyTotal} (${((100 * bodyKept) / bodyTotal).toFixed(1)} %), furniture ${furnitureKept}/${furnitureTotal} (${((100 * furnitureKept) / furnitureTotal).toFixed(1)} %)`,
);

const html = newsPage(ANKARA_TALKS, origin);
const rounds = 300;
let started = performance.now();
for (let i = 0; i < rounds; i += 1) extractArticle(html, `${origin}/news`);
let seconds = (performance.now() - started) / 1000;
console.log(
  `\nextractArticle: ${(rounds / seconds).toFixed(0)} pages/s (${((1000 * seconds) / rounds).toFixed(2)} ms a page of ${html.length} chars)`,
);

started = performance.now();
for (let i = 0; i < 100; i += 1) await readArticle(`${origin}/news`, { allowPrivate: true });
seconds = (performance.now() - started) / 1000;
console.log(`readArticle over loopback HTTP: ${(100 / seconds).toFixed(0)} pages/s`);

const items = Array.from({ length: 200 }, (_, n) => ({ article: dispatch(n), path: `/d/${n}` }));
for (const [name, xml] of [
  ['RSS 2.0 with content:encoded', rssFeed(origin, items, { fullContent: true })],
  ['RSS 2.0, teasers only', rssFeed(origin, items, { fullContent: false })],
  ['Atom with content', atomFeed(origin, items)],
]) {
  started = performance.now();
  let parsed = 0;
  for (let i = 0; i < 10; i += 1) parsed += parseFeedDocument(xml, `${origin}/feed`).items.length;
  seconds = (performance.now() - started) / 1000;
  console.log(
    `parseFeedDocument, ${name}: ${(parsed / seconds).toFixed(0)} items/s (200-item feed, ${(xml.length / 1024).toFixed(0)} KiB)`,
  );
}
await server.stop();
