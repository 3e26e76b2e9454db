// `entente worker [--database URL] [--jobs N] [--batch N]`: takes extraction jobs from the PostgreSQL
// queue (`entente ingest --queue`), extracts them on N threads and stores the articles, until stopped.
import { parseArgs } from 'node:util';
import { ExtractionQueue } from '../queue/extraction-queue.js';
import { ingestMany } from '../service/bulk-ingest.js';
import { isPostgresUrl, openStore } from '../store/open.js';
import { CommandError, commandExtractionPool, databaseLocation, runCommand } from './workspace.js';

const USAGE = `usage: entente worker [--database URL] [--jobs N] [--batch N]

Takes extraction jobs from the queue in the PostgreSQL database (DATABASE_URL by default), BATCH at a time
(default 50), extracts them on N worker threads (default 2) and stores the articles; runs until SIGINT or
SIGTERM, finishing the batch in hand. Start one per machine, as many machines as you like. A worker that
dies leaves its jobs to be retried by the others once their timeout passes (ENTENTE_QUEUE_CHECK_SECONDS:
how often a worker looks for such jobs, default 10); an article is stored once however often its job runs.`;

runCommand(async () => {
  const { values } = parseArgs({
    options: {
      database: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      batch: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const location = databaseLocation(values.database);
  if (!isPostgresUrl(location))
    throw new CommandError('a worker needs a PostgreSQL database (--database postgres://…)');
  const jobs = Number(values.jobs ?? 2);
  const batch = Number(values.batch ?? 50);
  if (!Number.isInteger(jobs) || jobs < 1 || !Number.isInteger(batch) || batch < 1)
    throw new CommandError('--jobs and --batch take whole numbers of at least 1');
  const checkSeconds = Number(process.env.ENTENTE_QUEUE_CHECK_SECONDS ?? 10);

  const store = await openStore(location);
  const pool = commandExtractionPool(jobs);
  const queue = await ExtractionQueue.open(location, { maintenanceSeconds: checkSeconds });
  let stored = 0;
  await queue.work(batch, async (taken) => {
    console.log(`entente worker: extracting ${taken.length} articles`);
    const outcomes = await ingestMany(
      store,
      pool,
      taken.map((job) => job.article),
    );
    for (const outcome of outcomes) {
      // An article the extractor refuses will be refused again: it is reported, and its job is done.
      if (outcome.status === 'failed')
        console.error(`entente worker: failed ${outcome.id ?? '?'}: ${outcome.error.message}`);
    }
    const created = outcomes.filter((outcome) => outcome.status === 'new').length;
    stored += created;
    console.log(`entente worker: stored ${created} new of ${taken.length} (${stored} in all)`);
  });
  console.log(`entente worker: waiting for jobs (pid ${process.pid})`);

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  console.log('entente worker: stopping after the batch in hand');
  await queue.close();
  await pool.close();
  await store.close();
  return 0;
});
