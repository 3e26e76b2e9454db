import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createExtractor, defaultGazetteer } from '@entente/core';
import { loadGazetteerFile, readCorpus } from '@entente/core/node';
import { BodyTooLargeError, readBody } from './http/body.js';
import { isExportFormat, sendExport } from './http/export.js';
import { sendFetchResponse, sendGraphQLError, sendJson } from './http/respond.js';
import { serveStatic } from './http/static.js';
import { type ApiYoga, createApiYoga } from './http/yoga.js';
import { type ResolvedOptions, resolveOptions, type ServerOptions } from './options.js';
import { GraphService } from './service/graph-service.js';
import { SqliteDocumentStore } from './store/sqlite-store.js';

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
  const store = new SqliteDocumentStore(settings.dbPath);
  try {
    const gazetteer = settings.gazetteerFile
      ? defaultGazetteer().extend(loadGazetteerFile(settings.gazetteerFile))
      : undefined;
    const service = new GraphService({ store, extractor: createExtractor(gazetteer ? { gazetteer } : {}) });
    service.load();
    await seedIfEmpty(service, settings.seedCorpus, log);
    const yoga = createApiYoga({
      service,
      token: settings.token,
      corsOrigins: settings.corsOrigins,
      graphiql: settings.graphiql,
      logging: !settings.quiet,
    });
    const server = createServer((req, res) => {
      route(req, res, { service, yoga, settings }).catch((error: unknown) => {
        console.error('entente: request failed', error);
        if (!res.headersSent) sendJson(res, 500, { error: 'Internal server error.' });
        else res.destroy();
      });
    });
    await listen(server, settings.port, settings.host);
    const { port } = server.address() as AddressInfo;
    const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
    return { url: `http://${host}:${port}/`, port, close: () => shutdown(server, service, store) };
  } catch (error) {
    store.close();
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
  yoga: ApiYoga;
  settings: ResolvedOptions;
}

async function route(req: IncomingMessage, res: ServerResponse, context: RouteContext): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = req.method ?? 'GET';
  if (url.pathname === '/graphql') return handleGraphQL(req, res, url, context);
  if (method !== 'GET' && method !== 'HEAD') {
    sendJson(res, 405, { error: `${method} is not allowed here.` }, { Allow: 'GET, HEAD' });
    return;
  }
  if (url.pathname === '/healthz') {
    const { service } = context;
    sendJson(res, 200, {
      status: 'ok',
      documents: service.documentCount,
      actors: service.graph.order,
      relations: service.graph.size,
    });
    return;
  }
  if (url.pathname.startsWith('/export/')) {
    const format = url.pathname.slice('/export/'.length);
    if (isExportFormat(format)) {
      sendExport(res, context.service, format, url.searchParams);
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
  await sendFetchResponse(res, response, method === 'HEAD');
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

async function shutdown(server: Server, service: GraphService, store: SqliteDocumentStore): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
  await closed;
  clearTimeout(timer);
  await service.idle();
  store.close();
}
