import { join, resolve } from 'node:path';
import { DEFAULT_SCHEDULE } from '@entente/sources';
import { DEFAULT_SEED_CORPUS, defaultWebDist } from './paths.js';
import { DEFAULT_RESULT_BUDGET } from './resolvers/budget.js';
import { DEFAULT_EVIDENCE_CACHE_PIECES } from './service/evidence-texts.js';
import { DEFAULT_EXTRACTION_TIMEOUT_MS } from './service/extraction-pool.js';

/** How to start the API server. Every field is optional; `resolveOptions` fills in the defaults. */
export interface ServerOptions {
  /** 0 picks a free port. Default 4000. */
  port?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  /** SQLite file. Default `.entente/entente.db` under the working directory. */
  dbPath?: string;
  /**
   * PostgreSQL URL (`postgres://user:password@host:5432/db`); when set, the store is that database instead
   * of the SQLite file, and several API processes can serve it together, each following its change log.
   */
  databaseUrl?: string;
  /** When set, mutations need `Authorization: Bearer <token>`. */
  token?: string;
  /** Built web app to serve at `/`. Default the installed @entente/web's `dist/`; null serves no app. */
  webDist?: string | null;
  /** Corpus directory ingested when the store is empty. Default the demo corpus; null disables seeding. */
  seedCorpus?: string | null;
  /** Allowed CORS origin(s), comma-separated; `*` allows any. Unset: same origin only. */
  corsOrigin?: string;
  /** Extra gazetteer file (JSON or YAML) extending the built-in one. */
  gazetteerFile?: string;
  /** Largest request body accepted, in bytes (HTTP 413 beyond). Default 4 MiB. */
  maxBodyBytes?: number;
  /** Serve GraphiQL at /graphql. Default: unless NODE_ENV is "production". */
  graphiql?: boolean;
  /** Answer introspection and give "did you mean" hints. Default: wherever GraphiQL is served. */
  introspection?: boolean;
  /**
   * Host names served besides the loopback ones, comma-separated; `*` serves any Host (when a proxy in
   * front checks it). Requests for other hosts (DNS rebinding) get 403.
   */
  allowedHosts?: string;
  /** Time budget of one article's extraction, in milliseconds. Default 5,000. */
  extractionTimeoutMs?: number;
  /** Extraction worker threads. Default 2 (1 on a single core). */
  extractionWorkers?: number;
  /** Largest size the database may grow to, in bytes; ingests past it fail with a storage error. */
  maxDatabaseBytes?: number;
  /** Objects one request may resolve through lists (`graph` nodes and edges, nested lists). Default 100,000. */
  resultBudget?: number;
  /**
   * Pieces of evidence whose texts (quotes, offsets, about phrases, read from the database on demand)
   * stay cached between requests, by relation. Default 200,000.
   */
  evidenceCachePieces?: number;
  /** Between two polls of a followed feed, in milliseconds. Default 15 minutes. */
  feedPollIntervalMs?: number;
  /** Between two requests to one host (feeds and their pages), in milliseconds. Default 1,000. */
  feedHostIntervalMs?: number;
  /** No log lines (tests, benchmarks). */
  quiet?: boolean;
}

/**
 * 4 MiB: an article at the extractor's 1,000,000-character limit is up to 3 MB of UTF-8 for non-Latin
 * scripts, and it must reach the extractor to get a precise TooLargeError rather than a bare 413.
 */
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface ResolvedOptions {
  port: number;
  host: string;
  dbPath: string;
  databaseUrl: string | undefined;
  token: string | undefined;
  webDist: string | null;
  seedCorpus: string | null;
  corsOrigins: string[] | undefined;
  gazetteerFile: string | undefined;
  maxBodyBytes: number;
  graphiql: boolean;
  introspection: boolean;
  allowedHosts: string | undefined;
  extractionTimeoutMs: number;
  extractionWorkers: number | undefined;
  maxDatabaseBytes: number | undefined;
  resultBudget: number;
  evidenceCachePieces: number;
  feedPollIntervalMs: number;
  feedHostIntervalMs: number;
  quiet: boolean;
}

function webDistOf(option: string | null | undefined): string | null {
  if (option === null) return null;
  const path = option ?? defaultWebDist();
  return path === null ? null : resolve(path);
}

export function resolveOptions(options: ServerOptions): ResolvedOptions {
  const corsOrigins = options.corsOrigin
    ?.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  const graphiql = options.graphiql ?? process.env.NODE_ENV !== 'production';
  return {
    port: options.port ?? 4000,
    host: options.host ?? '127.0.0.1',
    dbPath: resolve(options.dbPath ?? join('.entente', 'entente.db')),
    databaseUrl: options.databaseUrl || undefined,
    token: options.token || undefined,
    webDist: webDistOf(options.webDist),
    seedCorpus: options.seedCorpus === null ? null : resolve(options.seedCorpus ?? DEFAULT_SEED_CORPUS),
    corsOrigins: corsOrigins?.length ? corsOrigins : undefined,
    gazetteerFile: options.gazetteerFile || undefined,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    graphiql,
    // GraphiQL cannot work without introspection, so it is on wherever GraphiQL is unless refused.
    introspection: options.introspection ?? graphiql,
    allowedHosts: options.allowedHosts || undefined,
    extractionTimeoutMs: options.extractionTimeoutMs ?? DEFAULT_EXTRACTION_TIMEOUT_MS,
    extractionWorkers: options.extractionWorkers,
    maxDatabaseBytes: options.maxDatabaseBytes,
    resultBudget: options.resultBudget ?? DEFAULT_RESULT_BUDGET,
    evidenceCachePieces: options.evidenceCachePieces ?? DEFAULT_EVIDENCE_CACHE_PIECES,
    feedPollIntervalMs: options.feedPollIntervalMs ?? DEFAULT_SCHEDULE.intervalMs,
    feedHostIntervalMs: options.feedHostIntervalMs ?? 1000,
    quiet: options.quiet ?? false,
  };
}
