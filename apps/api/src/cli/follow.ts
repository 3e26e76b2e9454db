// `entente follow FEED_URL… [--once]`: follow RSS/Atom feeds, ingesting each new item once.
import { parseArgs } from 'node:util';
import { DEFAULT_SCHEDULE, normalizeUrl, parseHttpUrl, SourceError } from '@entente/sources';
import type { PollSummary } from '../service/feed-follower.js';
import { CommandError, databaseLocation, openWorkspace, progressBar, runCommand } from './workspace.js';

const USAGE = `usage: entente follow [--once] [--interval SECONDS] [--database FILE|URL] FEED_URL…

Adds the feeds to those the database follows (the server polls them too) and polls them: with --once,
one poll each, then a summary; without, every --interval seconds (default ${DEFAULT_SCHEDULE.intervalMs / 1000})
until interrupted. Each item is ingested once; an item whose article was edited replaces its earlier
version; a story another outlet already published is one document with one more source.
With no FEED_URL, polls every feed the database follows.`;

runCommand(async () => {
  const { values, positionals } = parseArgs({
    options: {
      database: { type: 'string' },
      once: { type: 'boolean' },
      interval: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const intervalSeconds =
    values.interval === undefined ? DEFAULT_SCHEDULE.intervalMs / 1000 : Number(values.interval);
  if (!Number.isFinite(intervalSeconds) || intervalSeconds < 1)
    throw new CommandError(`--interval must be a number of seconds, at least 1 (got "${values.interval}")`);
  const urls = positionals.map((url) => {
    try {
      parseHttpUrl(url);
      return normalizeUrl(url);
    } catch (error) {
      throw new CommandError(error instanceof SourceError ? error.message : String(error));
    }
  });
  const bar = progressBar();
  const workspace = await openWorkspace(databaseLocation(values.database), {
    schedule: {
      intervalMs: intervalSeconds * 1000,
      maxBackoffMs: Math.max(intervalSeconds * 1000, DEFAULT_SCHEDULE.maxBackoffMs),
    },
    onProgress: (feed, done, total) => bar.update(done, total, feed.title ?? feed.url),
  });
  const { feeds, follower } = { feeds: workspace.web.feeds, follower: workspace.web.follower };
  try {
    for (const url of urls) await feeds.addFeed(url, new Date().toISOString());
    const followed = await feeds.listFeeds();
    const chosen = urls.length > 0 ? followed.filter((feed) => urls.includes(feed.url)) : followed;
    if (chosen.length === 0) throw new CommandError(`no feed to follow\n${USAGE}`);
    if (values.once) {
      const started = performance.now();
      const summaries: PollSummary[] = [];
      for (const feed of chosen) {
        const summary = await follower.poll(feed);
        bar.clear();
        report(summary);
        summaries.push(summary);
      }
      const seconds = (performance.now() - started) / 1000;
      const total = (
        key: 'items' | 'created' | 'updated' | 'duplicates' | 'unchanged' | 'failed' | 'relations',
      ) => summaries.reduce((sum, summary) => sum + summary[key], 0);
      console.log(
        `${chosen.length} feeds, ${total('items')} items: ${total('created')} new documents (${total('relations')} relations), ` +
          `${total('updated')} updated, ${total('duplicates')} already stored, ${total('unchanged')} unchanged, ` +
          `${total('failed')} failed, in ${seconds.toFixed(1)} s`,
      );
      return summaries.some(
        (summary) => summary.failed > 0 || (summary.errors.length > 0 && summary.items === 0),
      )
        ? 1
        : 0;
    }
    console.log(`following ${chosen.length} feeds every ${intervalSeconds} s; Ctrl-C stops`);
    if (feeds.leadPolling && !(await feeds.leadPolling()))
      console.log(
        'another process (an API replica) polls the feeds of this database; this one takes over when it stops',
      );
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
      const poll = async () => {
        for (const summary of await follower.pollDue()) {
          bar.clear();
          if (!summary.notModified || summary.errors.length > 0) report(summary);
        }
      };
      const tick = () => {
        poll()
          .catch((error: unknown) => console.error('entente: polling failed', error))
          .finally(() => {
            timer = setTimeout(tick, 1000);
          });
      };
      let timer = setTimeout(tick, 0);
      process.once('exit', () => clearTimeout(timer));
    });
    return 0;
  } finally {
    bar.clear();
    await workspace.close();
  }
});

function report(summary: PollSummary): void {
  const name = summary.feed.title ? `${summary.feed.title} <${summary.feed.url}>` : summary.feed.url;
  if (summary.notModified) {
    console.log(`${name}: not modified since the last poll`);
    return;
  }
  if (summary.items === 0 && summary.errors.length > 0) {
    console.error(`${name}: failed: ${summary.errors[0]}`);
    return;
  }
  console.log(
    `${name}: ${summary.items} items, ${summary.created} new (${summary.relations} relations), ${summary.updated} updated, ` +
      `${summary.duplicates} already stored, ${summary.unchanged} unchanged, ${summary.failed} failed`,
  );
  for (const error of summary.errors) console.error(`  ${error}`);
}
