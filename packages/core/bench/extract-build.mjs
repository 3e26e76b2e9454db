// Benchmark: extraction throughput, graph build, memory and analytics on a synthetic corpus, and
// `entente build` of the same corpus as files in one thread against two worker threads.
// Run on the built package: `pnpm --filter @entente/core bench` (node --expose-gc bench/extract-build.mjs).
// ENTENTE_BENCH_ARTICLES overrides the corpus size (default 10,000).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  centrality,
  communities,
  createExtractor,
  defaultGazetteer,
  GraphPipeline,
  strongestAlliances,
  strongestTensions,
  toJSON,
  unbalancedTriads,
} from '../dist/index.js';
import { generateCorpus, writeCorpus } from './corpus-generator.mjs';

const ARTICLES = Number(process.env.ENTENTE_BENCH_ARTICLES ?? 10_000);
const MB = 1024 * 1024;
/** Articles extracted (and dropped) before the timed pass. */
const WARM_UP_ARTICLES = 500;

/** Peak resident set and heap, sampled at the points where the work yields (every few articles). */
const peak = { rss: 0, heapUsed: 0 };
function sampleMemory() {
  const { rss, heapUsed } = process.memoryUsage();
  peak.rss = Math.max(peak.rss, rss);
  peak.heapUsed = Math.max(peak.heapUsed, heapUsed);
}

function heapAfterGc() {
  if (typeof globalThis.gc !== 'function') return Number.NaN;
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

/** Wall-clock and CPU time of `work`: on a busy machine CPU time says more about the code. */
function timed(work) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = work();
  const cpu = process.cpuUsage(cpuStart);
  sampleMemory();
  return { result, ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function table(rows) {
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length)));
  const rule = `+${widths.map((width) => '-'.repeat(width + 2)).join('+')}+`;
  const lines = rows.map(([label, value]) => `| ${label.padEnd(widths[0])} | ${value.padStart(widths[1])} |`);
  return [rule, ...lines, rule].join('\n');
}

const number = (value, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (value) => `${number(value, value < 10 ? 2 : 0)} ms`;

sampleMemory();
const generation = timed(() => generateCorpus(defaultGazetteer(), ARTICLES));
const corpus = generation.result;
const bytes = corpus.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0);

const pipeline = new GraphPipeline({ extractor: createExtractor() });
// Throughput is measured warm, as a server or a long build runs: the first articles load the tagger's
// model and compile the extractor's hot paths, which the cold start figures below (entente build) include.
const warmUp = timed(() => {
  for (let index = 0; index < Math.min(WARM_UP_ARTICLES, corpus.length); index++)
    pipeline.extractor.extract(corpus[index]);
});
const extraction = timed(() => {
  const results = [];
  for (let index = 0; index < corpus.length; index++) {
    results.push(pipeline.extractor.extract(corpus[index]));
    if (index % 200 === 0) sampleMemory();
  }
  return results;
});
const results = extraction.result;
const relations = results.reduce((sum, result) => sum + result.relations.length, 0);

const build = timed(() => {
  for (let index = 0; index < results.length; index++) {
    pipeline.add(results[index]);
    if (index % 500 === 0) sampleMemory();
  }
  return pipeline;
});
const graph = build.result.graph;
let evidence = 0;
graph.forEachEdge((_edge, attributes) => {
  evidence += attributes.evidence.length;
});

const communityRun = timed(() => communities(graph));
const centralityRun = timed(() => centrality(graph));
const tensionsRun = timed(() => strongestTensions(graph, 10));
const alliancesRun = timed(() => strongestAlliances(graph, 10));
const triadsRun = timed(() => unbalancedTriads(graph, 50));
const serializeRun = timed(() => JSON.stringify(toJSON(graph)).length);
const retainedHeap = heapAfterGc();

/**
 * CPU time of the finished child processes (Linux: cutime + cstime of /proc/self/stat, in 1/100 s), to
 * tell what the workers cost apart from how busy the shared machine was; NaN elsewhere.
 */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * `entente build DIR --jobs 1` (one thread) and `--jobs 2` (two worker threads) on the corpus written out
 * as files, each in a fresh process so that both start cold as users run them. Rounds alternate the two
 * and the best round of each counts: the machine is shared.
 */
function timeCliBuilds(dir, rounds = 2) {
  const bin = fileURLToPath(new URL('../bin/entente.mjs', import.meta.url));
  const best = new Map();
  for (let round = 0; round < rounds; round++) {
    for (const jobs of [1, 2]) {
      const args = [bin, 'build', dir, '--jobs', String(jobs), '--out', join(dir, 'graph.json')];
      const cpuStart = childrenCpuMs();
      const start = performance.now();
      const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
      const wallMs = performance.now() - start;
      if (run.status !== 0) throw new Error(`entente build --jobs ${jobs} failed: ${run.stderr}`);
      if (wallMs < (best.get(jobs)?.wallMs ?? Number.POSITIVE_INFINITY))
        best.set(jobs, { wallMs, cpuMs: childrenCpuMs() - cpuStart });
    }
  }
  return best;
}

const filesDir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
let cliBuilds;
try {
  writeCorpus(filesDir, corpus);
  cliBuilds = timeCliBuilds(filesDir);
} finally {
  rmSync(filesDir, { recursive: true, force: true });
}
const cliBuildFigure = (jobs) => {
  const { wallMs, cpuMs } = cliBuilds.get(jobs);
  const cpu = Number.isNaN(cpuMs) ? '' : ` / ${ms(cpuMs)}`;
  return `${ms(wallMs)}${cpu} (${number(ARTICLES / (wallMs / 1000))} articles/s)`;
};

const seconds = extraction.ms / 1000;
console.log(
  `Entente benchmark: ${number(ARTICLES)} synthetic articles (seeded), Node ${process.version}, ${availableParallelism()} cores\n`,
);
console.log(
  table([
    ['corpus generation', ms(generation.ms)],
    ['corpus size', `${number(bytes / MB, 1)} MB`],
    [
      `warm-up, first ${number(WARM_UP_ARTICLES)} articles (wall / CPU)`,
      `${ms(warmUp.ms)} / ${ms(warmUp.cpuMs)}`,
    ],
    ['extraction time, warm (wall / CPU)', `${ms(extraction.ms)} / ${ms(extraction.cpuMs)}`],
    ['extraction: articles/s', number(ARTICLES / seconds)],
    // The machine may be shared: per second of this process's own CPU time says what one core does.
    ['extraction: articles per CPU second', number(ARTICLES / (extraction.cpuMs / 1000))],
    ['extraction: relations/s', number(relations / seconds)],
    ['extraction: MB/s', number(bytes / MB / seconds, 2)],
    ['relations extracted', number(relations)],
    ['graph build, all documents (wall / CPU)', `${ms(build.ms)} / ${ms(build.cpuMs)}`],
    ['graph: actors', number(graph.order)],
    ['graph: edges', number(graph.size)],
    ['graph: pieces of evidence', number(evidence)],
    [
      'communities (Louvain)',
      `${ms(communityRun.ms)} (${new Set(Object.values(communityRun.result)).size} communities)`,
    ],
    ['centrality (degree + betweenness)', ms(centralityRun.ms)],
    ['strongest tensions (top 10)', ms(tensionsRun.ms)],
    ['strongest alliances (top 10)', ms(alliancesRun.ms)],
    ['unbalanced triads (top 50)', `${ms(triadsRun.ms)} (${triadsRun.result.length} found)`],
    ['toJSON + stringify', `${ms(serializeRun.ms)} (${number(serializeRun.result / MB, 1)} MB)`],
    [`entente build ${number(ARTICLES)} files, 1 thread (wall / CPU)`, cliBuildFigure(1)],
    [`entente build ${number(ARTICLES)} files, 2 workers (wall / CPU)`, cliBuildFigure(2)],
    [
      'entente build speed-up, 2 workers vs 1 thread',
      `${number(cliBuilds.get(1).wallMs / cliBuilds.get(2).wallMs, 2)}×`,
    ],
    ['peak RSS (sampled)', `${number(peak.rss / MB)} MB`],
    ['peak heap used (sampled)', `${number(peak.heapUsed / MB)} MB`],
    [
      'heap after gc (corpus + results + graph held)',
      Number.isNaN(retainedHeap) ? 'n/a (run with --expose-gc)' : `${number(retainedHeap / MB)} MB`,
    ],
  ]),
);
if (tensionsRun.result[0]) {
  const [top] = tensionsRun.result;
  console.log(
    `\nTop tension: ${top.a} – ${top.b} (score ${top.score.toFixed(2)}, ${top.counts.hostility.relations} hostile relations, ${top.counts.hostility.evidence} pieces of evidence)`,
  );
}
