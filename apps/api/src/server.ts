import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadGazetteerFile, readCorpus } from '@entente/core/node';
import { DEFAULT_SCHEDULE } from '@entente/sources';
import { BodyTooLargeError, readBody } from './http/body.js';
import { isExportFormat, sendExport } from './http/export.js';
import { type HostAllowList, hostAllowList, isAllowedHost } from './http/hosts.js';
import { sendFetchResponse, sendGraphQLError, sendJson } from './http/respond.js';
import { GRAPHIQL_CONTENT_SECURITY_POLICY, setSecurityHeaders } from './http/security-headers.js';
import { serveStatic } from './http/static.js';
import { type ApiYoga, createApiYoga } from './http/yoga.js';
import { type ResolvedOptions, resolveOptions, type ServerOptions } from './options.js';
import { ExtractionPool } from './service/extraction-pool.js';
import { GraphService } from './service/graph-service.js';
import { LiveEvents } from './service/live-events.js';
import { WebSources } from './service/web-sources.js';
import { openStore } from './store/open.js';
import { PgDocumentStore, redact } from './store/pg-store.js';
import type { DocumentStore } from './store/types.js';

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000/ */
  url: string;
  port: number;
  /** Stops accepting connections, lets running requests and writes finish, and closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the store (seeding the demo corpus when it is empty), rebuilds the graph and serves GraphQL at
 * `/graphql`, the web app at `/`, graph exports at `/export/graph.{gexf,json}` and `/healthz`.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const settings = resolveOptions(options);
  const log = settings.quiet ? () => {} : (message: string) => console.log(message);
  const progress = settings.quiet ? () => {} : (message: string) => console.error(message);
  const location = settings.databaseUrl ?? settings.dbPath;
  const where = settings.databaseUrl ? redact(settings.databaseUrl) : settings.dbPath;
  const store = await openStore(
    location,
    settings.maxDatabaseBytes !== undefined ? { maxBytes: settings.maxDatabaseBytes } : {},
  );
  let pool: ExtractionPool | undefined;
  let stopFollowing: (() => Promise<void>) | undefined;
  try {
    if (store.origin === 'empty-file') {
      // An empty file is more often a database lost (a failed copy, a full disk) than a new one: say so,
      // and keep the demo out of it so that the loss does not hide behind demo data.
      console.warn(
        `entente: ${where} was an empty (0-byte) file; initialised it as a new, empty database without the demo corpus (delete the file to start with the demo).`,
      );
    }
    const fault = await store.writeCheck();
    if (fault) console.warn(`entente: ${where}: ${fault.message} Serving it read-only; ingests will fail.`);
    pool = new ExtractionPool({
      gazetteer: settings.gazetteerFile ? loadGazetteerFile(settings.gazetteerFile) : undefined,
      timeoutMs: settings.extractionTimeoutMs,
      ...(settings.extractionWorkers !== undefined ? { workers: settings.extractionWorkers } : {}),
    });
    const live = new LiveEvents();
    const changeLog = store instanceof PgDocumentStore ? store : undefined;
    const service = new GraphService({
      store,
      extractor: pool,
      onChange: (change) => live.publish({ type: 'graph', change }),
      evidenceCachePieces: settings.evidenceCachePieces,
      ...(changeLog ? { changeLog } : {}),
    });
    const loadStart = performance.now();
    // A cold start on a large database takes a while: say how far it is, on stderr (stdout is for the URL).
    await service.load((documents, total) => {
      const rate = Math.round(documents / ((performance.now() - loadStart) / 1000));
      progress(`entente: loading the graph: ${documents} of ${total} documents (${rate} documents/s)`);
    });
    const loadMs = Math.round(performance.now() - loadStart);
    log(`entente: graph loaded: ${service.documentCount} documents in ${loadMs} ms`);
    // Other API processes (and ingest workers) write the same database: follow what they write.
    stopFollowing = await service.follow((error) =>
      console.warn(`entente: following the database's changes: ${error.message}`),
    );
    if (store.origin !== 'empty-file') await seedIfEmpty(service, settings.seedCorpus, log);
    const web = new WebSources({
      service,
      feeds: store.feeds,
      live,
      schedule: {
        intervalMs: settings.feedPollIntervalMs,
        maxBackoffMs: Math.max(settings.feedPollIntervalMs, DEFAULT_SCHEDULE.maxBackoffMs),
      },
      hostIntervalMs: settings.feedHostIntervalMs,
    });
    const yoga = createApiYoga({
      service,
      web,
      live,
      token: settings.token,
      corsOrigins: settings.corsOrigins,
      graphiql: settings.graphiql,
      introspection: settings.introspection,
      resultBudget: settings.resultBudget,
      logging: !settings.quiet,
    });
    const context: RouteContext = {
      service,
      store,
      yoga,
      settings,
      hosts: hostAllowList(settings.host, settings.allowedHosts),
    };
    const server = createServer((req, res) => {
      route(req, res, context).catch((error: unknown) => {
        console.error('entente: request failed', error);
        if (!res.headersSent) sendJson(res, 500, { error: 'Internal server error.' });
        else res.destroy();
      });
    });
    await listen(server, settings.port, settings.host);
    web?.follower.start(Math.min(1000, settings.feedPollIntervalMs));
    const { port } = server.address() as AddressInfo;
    const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
    const running = pool;
    const unfollow = stopFollowing;
    return {
      url: `http://${host}:${port}/`,
      port,
      close: async () => {
        await unfollow();
        await shutdown(server, service, running, store, web);
      },
    };
  } catch (error) {
    await stopFollowing?.();
    await pool?.close();
    await store.close();
    throw error;
  }
}

async function seedIfEmpty(service: GraphService, corpus: string | null, log: (message: string) => void) {
  if (corpus === null || service.documentCount > 0) return;
  if (!existsSync(corpus)) {
    log(`entente: no corpus at ${corpus}; starting with an empty graph`);
    return;
  }
  const created = await service.seed(readCorpus(corpus));
  log(`entente: seeded ${created} documents from ${corpus}`);
}

interface RouteContext {
  service: GraphService;
  store: DocumentStore;
  yoga: ApiYoga;
  settings: ResolvedOptions;
  hosts: HostAllowList;
}

async function route(req: IncomingMessage, res: ServerResponse, context: RouteContext): Promise<void> {
  setSecurityHeaders(res);
  if (!isAllowedHost(req.headers.host, context.hosts)) {
    // A page on a rebinding domain must not read or change anything: refuse before any route runs.
    sendJson(res, 403, {
      error: `This server does not answer for the host "${req.headers.host ?? ''}"; see ENTENTE_ALLOWED_HOSTS.`,
    });
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = req.method ?? 'GET';
  if (url.pathname === '/graphql') return handleGraphQL(req, res, url, context);
  if (method !== 'GET' && method !== 'HEAD') {
    sendJson(res, 405, { error: `${method} is not allowed here.` }, { Allow: 'GET, HEAD' });
    return;
  }
  if (url.pathname === '/healthz') {
    await sendHealth(res, context);
    return;
  }
  if (url.pathname.startsWith('/export/')) {
    const format = url.pathname.slice('/export/'.length);
    if (isExportFormat(format)) {
      await sendExport(res, context.service, format, url.searchParams);
      return;
    }
    sendJson(res, 404, {
      error: `No export at ${url.pathname}; try /export/graph.gexf or /export/graph.json.`,
    });
    return;
  }
  if (context.settings.webDist === null) {
    sendJson(res, 404, { error: 'This server serves no web app; the API is at /graphql.' });
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    sendJson(res, 400, { error: 'Malformed path.' });
    return;
  }
  await serveStatic(req, res, pathname, context.settings.webDist, context.settings.graphiql);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Hands the request to graphql-yoga once its body is in memory and within the limit: an oversized body
 * is refused with 413 before any parsing.
 */
async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, context: RouteContext) {
  const method = req.method ?? 'GET';
  let body: Buffer | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    try {
      body = await readBody(req, context.settings.maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      sendGraphQLError(res, 413, error.message, 'PAYLOAD_TOO_LARGE', { Connection: 'close' });
      return;
    }
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const requestUrl = new URL(url.pathname + url.search, `http://${req.headers.host ?? 'localhost'}`);
  const init: RequestInit = { method, headers };
  // GraphQL over HTTP bodies are UTF-8 JSON (or form-encoded) text. A lenient decode would store
  // replacement characters in an article's text, so a body in another encoding is refused instead.
  if (body && body.length > 0) {
    try {
      init.body = strictUtf8.decode(body);
    } catch {
      sendGraphQLError(res, 400, 'The request body is not valid UTF-8.', 'INVALID_ENCODING');
      return;
    }
  }
  const response = await context.yoga.fetch(requestUrl, init);
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    res.setHeader('Content-Security-Policy', GRAPHIQL_CONTENT_SECURITY_POLICY);
  }
  await sendFetchResponse(res, response, method === 'HEAD');
}

/**
 * 200 `status: ok` while the database takes writes; 503 `status: degraded` with the storage fault when it
 * does not (reads still work). The counts are those of the graph in memory.
 */
async function sendHealth(res: ServerResponse, { service, store }: RouteContext): Promise<void> {
  const fault = await store.writeCheck();
  sendJson(res, fault ? 503 : 200, {
    status: fault ? 'degraded' : 'ok',
    writable: !fault,
    ...(fault ? { storage: { reason: fault.reason, message: fault.message } } : {}),
    documents: service.documentCount,
    actors: service.graph.order,
    relations: service.graph.size,
  });
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Grace period for open requests before connections are cut on close. */
const CLOSE_GRACE_MS = 3000;

async function shutdown(
  server: Server,
  service: GraphService,
  pool: ExtractionPool,
  store: DocumentStore,
  web: WebSources | undefined,
): Promise<void> {
  const polling = web?.follower.stop();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
  await closed;
  clearTimeout(timer);
  await polling;
  await service.idle();
  await pool.close();
  await store.close();
}
