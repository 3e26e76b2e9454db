import { join, resolve } from 'node:path';
import { loadGazetteerFile } from '@entente/core/node';
import { ExtractionPool } from '../service/extraction-pool.js';
import { GraphService } from '../service/graph-service.js';
import { LiveEvents } from '../service/live-events.js';
import { WebSources, type WebSourcesOptions } from '../service/web-sources.js';
import { openStore } from '../store/open.js';
import type { DocumentStore } from '../store/types.js';

/** Time budget of one article's extraction in a command (ENTENTE_EXTRACTION_TIMEOUT_MS overrides). */
const COMMAND_EXTRACTION_TIMEOUT_MS = 60_000;

/** The store, graph and web sources a command works on, opened the way the server opens them. */
export interface Workspace {
  store: DocumentStore;
  service: GraphService;
  web: WebSources;
  close(): Promise<void>;
}

/** `--database` (a SQLite file or a postgres:// URL), else DATABASE_URL, ENTENTE_DB, `.entente/entente.db`. */
export function databaseLocation(option: string | undefined, env = process.env): string {
  return option ?? env.DATABASE_URL ?? env.ENTENTE_DB ?? resolve(join('.entente', 'entente.db'));
}

export async function openWorkspace(
  location: string,
  web: Omit<WebSourcesOptions, 'service' | 'feeds' | 'live'> = {},
): Promise<Workspace> {
  const store = await openStore(location);
  const pool = commandExtractionPool();
  try {
    const service = new GraphService({ store, extractor: pool });
    await service.load();
    const sources = new WebSources({ ...web, service, feeds: store.feeds, live: new LiveEvents() });
    return {
      store,
      service,
      web: sources,
      close: async () => {
        await sources.follower.stop();
        await service.idle();
        await pool.close();
        await store.close();
      },
    };
  } catch (error) {
    await pool.close();
    await store.close();
    throw error;
  }
}

/**
 * The extraction pool of a command: ENTENTE_GAZETTEER's actors, and the command's time budget.
 * `workers` threads (default: the pool's own choice).
 */
export function commandExtractionPool(workers?: number): ExtractionPool {
  const timeout = Number(process.env.ENTENTE_EXTRACTION_TIMEOUT_MS);
  return new ExtractionPool({
    gazetteer: process.env.ENTENTE_GAZETTEER ? loadGazetteerFile(process.env.ENTENTE_GAZETTEER) : undefined,
    // A command reads articles the user chose, on a machine that may be busy: the server's tight budget
    // (it guards against hostile input from anyone) would fail them for the machine's load.
    timeoutMs: Number.isInteger(timeout) && timeout > 0 ? timeout : COMMAND_EXTRACTION_TIMEOUT_MS,
    ...(workers !== undefined ? { workers } : {}),
  });
}

/** A failure the user can fix: printed without a stack, exit code 2. */
export class CommandError extends Error {}

/** Runs a command's main, printing errors the way CLIs do and setting the exit code. */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof CommandError) console.error(`entente: ${error.message}`);
      else console.error('entente:', error);
      process.exitCode = 2;
    },
  );
}

/** A one-line progress bar on stderr when it is a terminal; nothing otherwise (logs stay clean). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  const width = 24;
  let shown = false;
  return {
    update(done: number, total: number, label: string) {
      if (!stream.isTTY || total === 0) return;
      const filled = Math.round((done / total) * width);
      const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
      stream.write(`\r[${bar}] ${done}/${total} ${label.slice(0, 60)}\u001b[K`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\u001b[K');
      shown = false;
    },
  };
}
