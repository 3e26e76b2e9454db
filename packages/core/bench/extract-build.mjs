// Benchmark: extraction throughput, graph build, memory and analytics on a synthetic corpus.
// Run on the built package: `pnpm --filter @entente/core bench` (node --expose-gc bench/extract-build.mjs).
// ENTENTE_BENCH_ARTICLES overrides the corpus size (default 10,000).
import { performance } from 'node:perf_hooks';
import {
  centrality,
  communities,
  createExtractor,
  defaultGazetteer,
  GraphBuilder,
  strongestAlliances,
  strongestTensions,
  toJSON,
  unbalancedTriads,
} from '../dist/index.js';
import { generateCorpus } from './corpus-generator.mjs';

const ARTICLES = Number(process.env.ENTENTE_BENCH_ARTICLES ?? 10_000);
const MB = 1024 * 1024;

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

const extractor = createExtractor();
const extraction = timed(() => {
  const results = [];
  for (let index = 0; index < corpus.length; index++) {
    results.push(extractor.extract(corpus[index]));
    if (index % 200 === 0) sampleMemory();
  }
  return results;
});
const results = extraction.result;
const relations = results.reduce((sum, result) => sum + result.relations.length, 0);

const build = timed(() => {
  const builder = new GraphBuilder();
  for (let index = 0; index < results.length; index++) {
    builder.add(results[index]);
    if (index % 500 === 0) sampleMemory();
  }
  return builder;
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

const seconds = extraction.ms / 1000;
console.log(`Entente benchmark: ${number(ARTICLES)} synthetic articles (seeded), Node ${process.version}\n`);
console.log(
  table([
    ['corpus generation', ms(generation.ms)],
    ['corpus size', `${number(bytes / MB, 1)} MB`],
    ['extraction time (wall / CPU)', `${ms(extraction.ms)} / ${ms(extraction.cpuMs)}`],
    ['extraction: articles/s', number(ARTICLES / seconds)],
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
    `\nTop tension: ${top.a} – ${top.b} (score ${top.score.toFixed(2)}, ${top.conflictual} conflictual)`,
  );
}
