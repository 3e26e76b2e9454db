#!/usr/bin/env node
// One API replica for the scale benchmark: starts the built server in this process (node --expose-gc),
// prints its URL, then its memory after a full garbage collection, and serves until SIGTERM.
import { startServer } from '../dist/index.js';

const started = performance.now();
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  webDist: null,
  seedCorpus: null,
  quiet: true,
  ...(process.env.DATABASE_URL
    ? { databaseUrl: process.env.DATABASE_URL }
    : { dbPath: process.env.ENTENTE_DB }),
});
const coldStartMs = performance.now() - started;
globalThis.gc?.();
globalThis.gc?.();
const { rss, heapUsed } = process.memoryUsage();
console.log(JSON.stringify({ url: server.url, coldStartMs, rss, heapUsed }));
process.once('SIGTERM', () => server.close().then(() => process.exit(0)));
