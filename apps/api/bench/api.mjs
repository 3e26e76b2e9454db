#!/usr/bin/env node
// API benchmark on the built server (run `pnpm --filter @entente/api build` first, or `pnpm bench` at the root).
// Starts the real server (`dist/main.js`, in its own process so the load generator does not share its event
// loop) on a free loopback port with a temporary database seeded with the demo corpus, measures ingest
// throughput through the GraphQL mutation, then load-tests three read queries with autocannon.
// Everything stays on 127.0.0.1 and ends on its own (about 30 s with the defaults).
//
//   node bench/api.mjs [--articles 500] [--duration 5] [--connections 10]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { seededRandom } from '@entente/core';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '500' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    'ingest-concurrency': { type: 'string', default: '4' },
  },
});
const ARTICLES = Number(values.articles);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const INGEST_CONCURRENCY = Number(values['ingest-concurrency']);

const ACTORS = [
  'Turkey',
  'Egypt',
  'Qatar',
  'Israel',
  'Hamas',
  'Pakistan',
  'Saudi Arabia',
  'Jordan',
  'Indonesia',
  'the United States',
  'Iran',
  'the United Arab Emirates',
];
const PHRASES = [
  (a, b) => `${a} hosted ${b} for talks on the Gaza ceasefire.`,
  (a, b) => `${a} met ${b} on the sidelines of the summit.`,
  (a, b) => `${a} criticized ${b} over the delays in aid deliveries.`,
  (a, b) => `${a} urged ${b} to respect the truce.`,
  (a, b) => `${a} opposes any role for ${b} in the stabilization force.`,
  (a, b) => `${a} praised ${b} for its mediation efforts.`,
];

/** A synthetic wire-style article of a few sentences; `n` makes every text distinct. */
function syntheticArticle(n, next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const sentences = [];
  for (let i = 0; i < 6; i += 1) {
    const a = pick(ACTORS);
    let b = pick(ACTORS);
    while (b === a) b = pick(ACTORS);
    const phrase = pick(PHRASES)(a, b);
    sentences.push(phrase.charAt(0).toUpperCase() + phrase.slice(1));
  }
  sentences.push(`The statement was dispatch number ${n} of the day.`);
  const day = String(1 + (n % 28)).padStart(2, '0');
  return { text: sentences.join(' '), title: `Synthetic dispatch ${n}`, publishedAt: `2025-11-${day}` };
}

async function graphql(url, query, variables) {
  const response = await fetch(new URL('/graphql', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) {
  __typename ... on IngestSuccess { created relations { id } } } }`;

async function measureIngest(url) {
  // Seeded, so every run ingests the same articles.
  const next = seededRandom(42);
  const articles = Array.from({ length: ARTICLES }, (_, n) => syntheticArticle(n, next));
  let cursor = 0;
  let relations = 0;
  const started = performance.now();
  // A few requests in flight, as several clients would send; the server serialises the writes.
  await Promise.all(
    Array.from({ length: INGEST_CONCURRENCY }, async () => {
      while (cursor < articles.length) {
        const article = articles[cursor++];
        const data = await graphql(url, INGEST, { input: article });
        if (data.ingestArticle.__typename !== 'IngestSuccess')
          throw new Error(JSON.stringify(data.ingestArticle));
        relations += data.ingestArticle.relations.length;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { seconds, perSecond: ARTICLES / seconds, relations };
}

function load(url, title, query, variables) {
  return autocannon({
    title,
    url: new URL('/graphql', url).href,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    connections: CONNECTIONS,
    duration: DURATION,
  });
}

function row(cells, widths) {
  return cells
    .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
    .join('  ');
}

/** Starts `dist/main.js` on a free loopback port and resolves with its URL once it prints it. */
function startServerProcess(dbPath) {
  const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
  const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', ENTENTE_DB: dbPath, NODE_ENV: 'production' };
  delete env.ENTENTE_API_TOKEN;
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    child.on('exit', (code) => reject(new Error(`server exited with code ${code}: ${output}`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1],
        close: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'entente-api-bench-'));
const server = await startServerProcess(join(dir, 'bench.db')).catch((error) => {
  rmSync(dir, { recursive: true, force: true });
  throw error;
});
try {
  console.log(`Entente API benchmark: server at ${server.url}, temp db in ${dir}`);
  const ingest = await measureIngest(server.url);
  const { stats } = await graphql(server.url, '{ stats { actors relations documents evidence } }');
  console.log(
    `ingest: ${ARTICLES} articles via ingestArticle (${INGEST_CONCURRENCY} in flight) in ${ingest.seconds.toFixed(2)} s = ${ingest.perSecond.toFixed(0)} articles/s`,
  );
  console.log(
    `graph after ingest: ${stats.documents} documents, ${stats.actors} actors, ${stats.relations} relations, ${stats.evidence} pieces of evidence`,
  );

  const { alliances } = await graphql(server.url, '{ alliances(limit: 1) { a { id } b { id } } }');
  const pair = alliances[0] ?? { a: { id: 'turkey' }, b: { id: 'egypt' } };
  const scenarios = [
    [
      'graph (whole view)',
      '{ graph { totalNodes nodes { id label kind community degree centrality mentions } edges { id source target type polarity weight } } }',
    ],
    [
      'actor(id)',
      'query ($id: ID!) { actor(id: $id) { ... on Actor { id name kind mentions degree community centrality relations { id type weight } neighbors { id name } } } }',
      { id: pair.a.id },
    ],
    [
      'relationship(a, b)',
      'query ($a: ID!, $b: ID!) { relationship(a: $a, b: $b) { ... on Relationship { score label cooperative conflictual relations { id type weight evidence { quote } } } } }',
      { a: pair.a.id, b: pair.b.id },
    ],
  ];
  const results = [];
  for (const [title, query, variables] of scenarios) {
    const result = await load(server.url, title, query, variables);
    if (result.errors || result.non2xx || result.timeouts) {
      throw new Error(
        `${title}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`,
      );
    }
    results.push([
      title,
      result.requests.average.toFixed(0),
      result.latency.p50,
      result.latency.p99,
      result.requests.total,
    ]);
  }
  const widths = [20, 10, 9, 9, 9];
  console.log(`\nread queries: ${CONNECTIONS} connections, ${DURATION} s each`);
  console.log(row(['query', 'req/s', 'p50 ms', 'p99 ms', 'requests'], widths));
  for (const result of results) console.log(row(result, widths));
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
