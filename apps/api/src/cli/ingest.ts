// `entente ingest DIR… [--database FILE|URL] [--jobs N]`: bulk ingest of article files, extraction on
// worker threads; or, with --queue, extraction jobs for `entente worker` processes on other machines.
import { parseArgs } from 'node:util';
import type { Article } from '@entente/core';
import { type CorpusFile, listCorpus, readCorpusFile } from '@entente/core/node';
import { ExtractionQueue } from '../queue/extraction-queue.js';
import { type BulkOutcome, ingestMany } from '../service/bulk-ingest.js';
import { isPostgresUrl, openStore } from '../store/open.js';
import {
  CommandError,
  commandExtractionPool,
  databaseLocation,
  progressBar,
  runCommand,
} from './workspace.js';

const USAGE = `usage: entente ingest [--database FILE|URL] [--jobs N] [--batch N] [--queue [--job-timeout S]] DIR…

Reads every *.txt file of each DIR (with manifest.json metadata when present), extracts the relations on
N worker threads (default 2) and stores the articles, BATCH (default 200) per transaction. An article whose
id (its file name) is already stored is skipped, so a run can be repeated. API processes on the same
PostgreSQL database show the new documents at once; an API on an SQLite file shows them after a restart.

--queue   enqueue one extraction job per article instead (PostgreSQL only); \`entente worker\` processes
          take them. --job-timeout: seconds a worker has for a job before it is retried (default 300).`;

runCommand(async () => {
  const { values, positionals } = parseArgs({
    options: {
      database: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      batch: { type: 'string' },
      queue: { type: 'boolean' },
      'job-timeout': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new CommandError(`no directory given\n${USAGE}`);
  const files = positionals.flatMap((dir) => {
    try {
      return listCorpus(dir);
    } catch (error) {
      throw new CommandError(`cannot read ${dir}: ${error instanceof Error ? error.message : error}`);
    }
  });
  const location = databaseLocation(values.database);
  const batchSize = positiveInteger(values.batch, '--batch') ?? 200;
  if (values.queue) {
    if (!isPostgresUrl(location))
      throw new CommandError('--queue needs a PostgreSQL database (--database postgres://…)');
    return enqueue(location, files, batchSize, positiveInteger(values['job-timeout'], '--job-timeout'));
  }
  return ingestLocally(location, files, batchSize, positiveInteger(values.jobs, '--jobs') ?? 2);
});

async function ingestLocally(location: string, files: CorpusFile[], batchSize: number, jobs: number) {
  const store = await openStore(location);
  const pool = commandExtractionPool(jobs);
  const bar = progressBar();
  const totals = { new: 0, duplicate: 0, failed: 0, relations: 0 };
  const start = performance.now();
  try {
    for (let offset = 0; offset < files.length; offset += batchSize) {
      bar.update(offset, files.length, files[offset]!.path);
      const { articles, unreadable } = readFiles(files.slice(offset, offset + batchSize));
      const outcomes: BulkOutcome[] = [...unreadable, ...(await ingestMany(store, pool, articles))];
      for (const outcome of outcomes) {
        totals[outcome.status] += 1;
        if (outcome.status === 'new') totals.relations += outcome.relations;
        if (outcome.status === 'failed') {
          bar.clear();
          console.error(`failed     ${outcome.id ?? '?'}  ${outcome.error.message}`);
        }
      }
    }
  } finally {
    bar.clear();
    await pool.close();
    await store.close();
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `${files.length} files: ${totals.new} new documents (${totals.relations} relations), ${totals.duplicate} already stored, ${totals.failed} failed; ${Math.round(files.length / seconds)} articles/s on ${jobs} extraction thread${jobs === 1 ? '' : 's'}`,
  );
  return totals.failed > 0 ? 1 : 0;
}

async function enqueue(url: string, files: CorpusFile[], batchSize: number, jobTimeoutSeconds?: number) {
  const queue = await ExtractionQueue.open(url);
  let enqueued = 0;
  let failed = 0;
  try {
    for (let offset = 0; offset < files.length; offset += batchSize) {
      const { articles, unreadable } = readFiles(files.slice(offset, offset + batchSize));
      for (const outcome of unreadable) console.error(`failed     ${outcome.id}  ${outcome.error.message}`);
      failed += unreadable.length;
      enqueued += await queue.enqueue(articles, jobTimeoutSeconds ? { jobTimeoutSeconds } : {});
    }
    console.log(
      `${enqueued} extraction jobs enqueued (${await queue.pending()} waiting in all), ${failed} files unreadable`,
    );
  } finally {
    await queue.close();
  }
  return failed > 0 ? 1 : 0;
}

/** Reads the files; one that cannot be read or is not a valid article is a failure of its own. */
function readFiles(files: CorpusFile[]) {
  const articles: Article[] = [];
  const unreadable: { id: string; status: 'failed'; error: Error }[] = [];
  for (const file of files) {
    try {
      articles.push(readCorpusFile(file));
    } catch (error) {
      unreadable.push({
        id: file.path,
        status: 'failed',
        error: error instanceof Error ? error : new Error(String(error)),
      });
    }
  }
  return { articles, unreadable };
}

function positiveInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new CommandError(`${name} takes a whole number of at least 1, got "${value}"`);
  return number;
}
