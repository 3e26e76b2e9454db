#!/usr/bin/env node
// Scale benchmark: N generated articles into PostgreSQL and into SQLite, side by side. For each store and
// size it measures bulk ingest (`entente ingest`, articles/s with 1 and 2 extraction threads on a sample,
// then the whole corpus with 2), the cold start of an API replica on the full database (graph rebuilt
// from the store), its RSS and heap after a full GC (and heap per 1,000 articles), and p50/p99 of the graph,
// actor and relationship (with every evidence quote, read from the store) queries under load. PostgreSQL is a throwaway cluster (or a database created on the
// server DATABASE_URL names); everything runs on 127.0.0.1 and is removed afterwards.
//
// With --copies N, PostgreSQL stores each generated article N times under its own id (rows copied inside
// the database once the articles are ingested): a corpus of N × size documents without N × the hours of
// extraction, whose graph has the actors and relations of `size` articles and N times their evidence.
//
//   node bench/scale.mjs [--sizes 100000,1000000] [--copies 10] [--sqlite-max 100000] [--sample 2000] [--duration 5]
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import pg from 'pg';
import { startCluster, withDatabase } from '../scripts/postgres-cluster.mjs';
import { graphql, load, readScenarios, syntheticArticles } from './lib.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000' },
    'sqlite-max': { type: 'string', default: '100000' },
    sample: { type: 'string', default: '2000' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    copies: { type: 'string', default: '1' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const SQLITE_MAX = Number(values['sqlite-max']);
const SAMPLE = Number(values.sample);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const COPIES = Math.max(1, Number(values.copies));

const run = promisify(execFile);
const INGEST_BIN = fileURLToPath(new URL('../bin/entente-ingest.mjs', import.meta.url));
const REPLICA = fileURLToPath(new URL('./replica.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'entente-scale-bench-'));
const cluster = process.env.DATABASE_URL ? undefined : await startCluster();
const serverUrl = process.env.DATABASE_URL ?? cluster.url;
let databases = 0;

async function freshPostgres() {
  const name = `entente_bench_${process.pid}_${++databases}`;
  const client = new pg.Client(serverUrl);
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return withDatabase(serverUrl, name);
}

/**
 * Stores every document of the database `copies - 1` more times, each under its own id and content id,
 * with its extraction, and a change-log entry for each as a put would leave. Returns the milliseconds it took.
 */
async function copyDocuments(database, copies) {
  const started = performance.now();
  const client = new pg.Client(database);
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO documents (id, content_id, title, source, url, published_at, ingested_at, text)
       SELECT d.id || '~' || k, d.content_id || '~' || k, d.title, d.source, d.url, d.published_at, d.ingested_at, d.text
       FROM generate_series(2, $1::int) AS k CROSS JOIN documents d ORDER BY k, d.seq`,
      [copies],
    );
    await client.query(
      `INSERT INTO extractions (document_id, relations, actors, mentions, sentences)
       SELECT e.document_id || '~' || k, e.relations, e.actors, e.mentions, e.sentences
       FROM generate_series(2, $1::int) AS k CROSS JOIN extractions e`,
      [copies],
    );
    await client.query(
      `INSERT INTO changes (kind, document_id) SELECT 'put', id FROM documents WHERE id LIKE '%~%' ORDER BY seq`,
    );
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
  return performance.now() - started;
}

/** Writes articles [from, to) of the seeded synthetic corpus as files in `folder`. */
function writeCorpus(folder, articles) {
  mkdirSync(folder, { recursive: true });
  articles.forEach((article, n) => {
    writeFileSync(join(folder, `dispatch-${String(n).padStart(7, '0')}.txt`), article.text);
  });
}

/** Runs `entente ingest` and returns articles/s measured around it (worker warm-up included). */
async function ingest(database, folder, jobs, count) {
  const started = performance.now();
  await run(
    process.execPath,
    [INGEST_BIN, '--database', database, '--jobs', String(jobs), '--batch', '500', folder],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return count / ((performance.now() - started) / 1000);
}

function startReplica(env) {
  const child = spawn(process.execPath, ['--expose-gc', REPLICA], {
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`replica exited with ${code}: ${output}`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const line = output.split('\n').find((candidate) => candidate.startsWith('{'));
      if (!line) return;
      child.removeAllListeners('exit');
      resolve({
        ...JSON.parse(line),
        close: () =>
          new Promise((done) => {
            child.once('exit', done);
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

const MB = 1024 * 1024;
const rows = [];
try {
  const largest = Math.max(...SIZES);
  console.log(`Entente scale benchmark: generating ${largest} articles in ${dir}`);
  const all = syntheticArticles(largest);
  const sampleDir = join(dir, 'sample');
  writeCorpus(sampleDir, all.slice(0, Math.min(SAMPLE, largest)));
  const sampleCount = Math.min(SAMPLE, largest);

  for (const size of SIZES) {
    const corpus = join(dir, `corpus-${size}`);
    writeCorpus(corpus, all.slice(0, size));
    for (const kind of ['PostgreSQL', 'SQLite']) {
      if (kind === 'SQLite' && size > SQLITE_MAX) continue;
      const location = async () =>
        kind === 'PostgreSQL' ? freshPostgres() : join(dir, `sqlite-${size}-${Math.random()}.db`);
      const oneThread = await ingest(await location(), sampleDir, 1, sampleCount);
      const twoThreads = await ingest(await location(), sampleDir, 2, sampleCount);
      const database = await location();
      const fill = await ingest(database, corpus, 2, size);
      // Copies only where the server is one a team would share: SQLite stays at the sizes it ingests.
      const copies = kind === 'PostgreSQL' ? COPIES : 1;
      const copyMs = copies > 1 ? await copyDocuments(database, copies) : 0;
      const stored = size * copies;
      const replica = await startReplica(
        kind === 'PostgreSQL' ? { DATABASE_URL: database } : { ENTENTE_DB: database, DATABASE_URL: '' },
      );
      // Memory and cold start first: they are known now, and a latency run that fails must not hide them.
      console.log(
        JSON.stringify({
          store: kind,
          articles: size,
          fill: Math.round(fill),
          coldStartS: (replica.coldStartMs / 1000).toFixed(1),
          rssMB: Math.round(replica.rss / MB),
          heapMB: Math.round(replica.heapUsed / MB),
        }),
      );
      const latency = {};
      // The pair's pieces of evidence, and the quotes the query reads (the first 100 per relation, as the web asks).
      let quotes = 0;
      let pieces = 0;
      try {
        const scenarios = await readScenarios(replica.url);
        // How much evidence the relationship query answers: every quote is read from the store.
        const [, relationshipQuery, pair] = scenarios.find(([title]) => title.startsWith('relationship'));
        const { relationship } = await graphql(replica.url, relationshipQuery, pair);
        for (const relation of relationship.relations ?? []) {
          quotes += relation.evidence.length;
          pieces += relation.evidenceCount;
        }
        for (const [title, query, variables] of scenarios) {
          const result = await load(replica.url, title, query, variables, {
            connections: CONNECTIONS,
            duration: DURATION,
          });
          // Failed requests (timeouts past 10 s, errors) are counted in the figure, not hidden behind it.
          const failed = result.errors + result.non2xx;
          latency[title.split(' ')[0]] =
            `${result.latency.p50}/${result.latency.p99}${failed > 0 ? ` (${failed} failed)` : ''}`;
        }
      } finally {
        await replica.close();
      }
      const row = {
        store: kind,
        articles: stored,
        ...(COPIES > 1 ? { 'distinct articles': size, 'copy s': (copyMs / 1000).toFixed(0) } : {}),
        'ingest 1 thread': Math.round(oneThread),
        'ingest 2 threads': Math.round(twoThreads),
        'fill (2 threads)': Math.round(fill),
        'cold start s': (replica.coldStartMs / 1000).toFixed(1),
        'RSS MB': Math.round(replica.rss / MB),
        'heap MB': Math.round(replica.heapUsed / MB),
        'heap MB / 1,000': ((replica.heapUsed / MB / stored) * 1000).toFixed(2),
        'graph p50/p99 ms': latency.graph,
        'actor p50/p99 ms': latency['actor(id)'],
        'relationship p50/p99 ms': latency['relationship(a,'],
        'relationship evidence / quotes read': `${pieces}/${quotes}`,
      };
      rows.push(row);
      console.log(JSON.stringify(row));
    }
    rmSync(corpus, { recursive: true, force: true });
  }
  console.log(
    `\ningest in articles/s (1 and 2 threads on ${sampleCount} articles; fill: the whole corpus), replica memory after GC, latency under ${CONNECTIONS} connections for ${DURATION} s`,
  );
  console.table(rows);
} finally {
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}
