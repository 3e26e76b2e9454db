#!/usr/bin/env node
// API benchmark on the built server (run `pnpm --filter @entente/api build` first, or `pnpm bench` at the root).
// Starts the real server (`dist/main.js`, in its own process so the load generator does not share its event
// loop) on a free loopback port with a temporary database seeded with the demo corpus, measures ingest
// throughput through the GraphQL mutation, then load-tests three read queries with autocannon.
// Everything stays on 127.0.0.1 and ends on its own (about 30 s with the defaults).
//
//   node bench/api.mjs [--articles 500] [--duration 5] [--connections 10]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { graphql, load, readScenarios, startServerProcess, syntheticArticles } from './lib.mjs';

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

const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) {
  __typename ... on IngestSuccess { created relations { id } } } }`;

async function measureIngest(url) {
  // Seeded, so every run ingests the same articles.
  const articles = syntheticArticles(ARTICLES);
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

function row(cells, widths) {
  return cells
    .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
    .join('  ');
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

  const scenarios = await readScenarios(server.url);
  const results = [];
  for (const [title, query, variables] of scenarios) {
    const result = await load(server.url, title, query, variables, {
      connections: CONNECTIONS,
      duration: DURATION,
    });
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
