#!/usr/bin/env node
// Compares the read queries of two builds of the server under the same load, to see what a change costs
// on a machine shared with other work: both servers run side by side with the same articles, and short
// load rounds alternate between them (ABBA order), so that whatever else the machine does falls on both
// alike. Reports, per query and build, the median over rounds of the p99 latency, of the mean latency,
// of the throughput and of the server's CPU time per request (read from /proc, so Linux only).
// Everything stays on 127.0.0.1 and ends on its own (about 2 minutes with the defaults).
//
//   node bench/compare.mjs --base ../../other-checkout/apps/api/dist/main.js
//     [--candidate dist/main.js] [--rounds 10] [--seconds 3] [--connections 20] [--articles 500]
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { graphql, load, readScenarios, startServerProcess, syntheticArticles } from './lib.mjs';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    candidate: { type: 'string', default: 'dist/main.js' },
    rounds: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '20' },
    articles: { type: 'string', default: '500' },
  },
});
if (!values.base || !existsSync(values.base)) {
  console.error('usage: node bench/compare.mjs --base <path of the other build’s dist/main.js>');
  process.exit(2);
}
const ROUNDS = Number(values.rounds);
const LOAD = { connections: Number(values.connections), duration: Number(values.seconds) };

/** CPU time (user + system) a process has used so far, in milliseconds: /proc/<pid>/stat, in ticks of 10 ms. */
function cpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const INGEST = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { __typename } }';
const dir = mkdtempSync(join(tmpdir(), 'entente-api-compare-'));
const builds = {};
try {
  for (const [name, main] of [
    ['base', values.base],
    ['candidate', values.candidate],
  ]) {
    builds[name] = await startServerProcess(join(dir, `${name}.db`), resolve(main));
    // One at a time, in order, so that both graphs are the same.
    for (const input of syntheticArticles(Number(values.articles))) {
      await graphql(builds[name].url, INGEST, { input });
    }
  }
  // The whole-graph view (the largest answer) and a relationship (one of the smallest).
  const measured = ['graph (whole view)', 'relationship(a, b)'];
  const scenarios = (await readScenarios(builds.base.url)).filter(([title]) => measured.includes(title));
  const rounds = {};
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [title, query, variables] of scenarios) {
      for (const name of round % 2 ? ['candidate', 'base'] : ['base', 'candidate']) {
        const { pid } = builds[name];
        const before = cpuMs(pid);
        const result = await load(builds[name].url, title, query, variables, LOAD);
        if (result.errors || result.non2xx || result.timeouts) {
          throw new Error(`${name}, ${title}: ${result.errors} errors, ${result.non2xx} non-2xx`);
        }
        const cpuPerRequest = (cpuMs(pid) - before) / result.requests.total;
        const key = `${title}\t${name}`;
        rounds[key] = [...(rounds[key] ?? []), { ...result, cpuPerRequest }];
      }
    }
  }
  console.log(
    `read queries: ${LOAD.connections} connections, ${ROUNDS} rounds of ${LOAD.duration} s per build, medians over rounds`,
  );
  console.log(['query', 'build', 'p99 ms', 'mean ms', 'req/s', 'CPU ms/req'].join('\t'));
  for (const [key, results] of Object.entries(rounds)) {
    console.log(
      [
        key,
        median(results.map((result) => result.latency.p99)),
        median(results.map((result) => result.latency.average)).toFixed(1),
        median(results.map((result) => result.requests.average)).toFixed(0),
        median(results.map((result) => result.cpuPerRequest)).toFixed(3),
      ].join('\t'),
    );
  }
} finally {
  for (const build of Object.values(builds)) await build.close();
  rmSync(dir, { recursive: true, force: true });
}
