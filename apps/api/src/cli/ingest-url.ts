// `entente ingest-url URL…`: fetch news pages, extract their articles and add them to the graph.
import { parseArgs } from 'node:util';
import { SourceError } from '@entente/sources';
import { CommandError, databaseLocation, openWorkspace, progressBar, runCommand } from './workspace.js';

const USAGE = `usage: entente ingest-url [--database FILE|URL] URL…

Fetches each page, extracts its article (text without menus and captions, title, outlet, author, date,
canonical URL) and ingests it. A story already stored is not added twice: it gains a source.
Private and loopback addresses are refused unless ENTENTE_FETCH_ALLOW_PRIVATE=1.`;

runCommand(async () => {
  const { values, positionals } = parseArgs({
    options: { database: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new CommandError(`no URL given\n${USAGE}`);
  const workspace = await openWorkspace(databaseLocation(values.database));
  const bar = progressBar();
  let created = 0;
  let duplicates = 0;
  let failed = 0;
  let relations = 0;
  try {
    for (const [index, url] of positionals.entries()) {
      bar.update(index, positionals.length, url);
      try {
        const outcome = await workspace.web.ingester.ingestUrl(url);
        bar.clear();
        const title = outcome.document.title ?? outcome.document.id;
        if (outcome.status === 'new') {
          created += 1;
          relations += outcome.relations.length;
          console.log(`new        ${outcome.document.id}  ${title}  (${outcome.relations.length} relations)`);
        } else {
          duplicates += 1;
          console.log(`duplicate  ${outcome.document.id}  ${title}  (already stored; source recorded)`);
        }
      } catch (error) {
        bar.clear();
        failed += 1;
        const message = error instanceof Error ? error.message : String(error);
        console.error(
          `failed     ${url}  ${error instanceof SourceError ? `[${error.code}] ` : ''}${message}`,
        );
      }
    }
  } finally {
    bar.clear();
    await workspace.close();
  }
  console.log(
    `${positionals.length} URLs: ${created} new documents (${relations} relations), ${duplicates} already stored, ${failed} failed`,
  );
  return failed > 0 ? 1 : 0;
});
