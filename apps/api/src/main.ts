// `pnpm serve` / `node dist/main.js`: the API and the web app on one origin, configured from the environment.
import { startServer } from './index.js';

/** A whole-number variable within bounds, or undefined when unset; anything else stops the start. */
function integerFromEnv(name: string, min: number, max: number): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    console.error(`entente: ${name} must be a whole number between ${min} and ${max}, got "${value}"`);
    process.exit(1);
  }
  return number;
}

/** A yes/no variable ("1", "true", "yes" / "0", "false", "no"), or undefined when unset. */
function flagFromEnv(name: string): boolean | undefined {
  const value = process.env[name]?.trim().toLowerCase();
  if (value === undefined || value === '') return undefined;
  if (['1', 'true', 'yes'].includes(value)) return true;
  if (['0', 'false', 'no'].includes(value)) return false;
  console.error(`entente: ${name} must be true or false, got "${process.env[name]}"`);
  process.exit(1);
}

async function main(): Promise<void> {
  const env = process.env;
  const timeout = integerFromEnv('ENTENTE_EXTRACTION_TIMEOUT_MS', 100, 600_000);
  const maxMb = integerFromEnv('ENTENTE_DB_MAX_MB', 1, 1_000_000);
  const introspection = flagFromEnv('ENTENTE_INTROSPECTION');
  const feedPollSeconds = integerFromEnv('ENTENTE_FEED_POLL_SECONDS', 1, 7 * 24 * 3600);
  const evidenceCache = integerFromEnv('ENTENTE_EVIDENCE_CACHE', 0, 100_000_000);
  const server = await startServer({
    port: integerFromEnv('PORT', 0, 65535) ?? 4000,
    host: env.HOST || '127.0.0.1',
    ...(env.ENTENTE_DB ? { dbPath: env.ENTENTE_DB } : {}),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.ENTENTE_SEED_CORPUS
      ? { seedCorpus: env.ENTENTE_SEED_CORPUS === 'none' ? null : env.ENTENTE_SEED_CORPUS }
      : {}),
    ...(env.ENTENTE_WEB_DIST ? { webDist: env.ENTENTE_WEB_DIST } : {}),
    ...(env.ENTENTE_API_TOKEN ? { token: env.ENTENTE_API_TOKEN } : {}),
    ...(env.ENTENTE_CORS_ORIGIN ? { corsOrigin: env.ENTENTE_CORS_ORIGIN } : {}),
    ...(env.ENTENTE_GAZETTEER ? { gazetteerFile: env.ENTENTE_GAZETTEER } : {}),
    ...(env.ENTENTE_ALLOWED_HOSTS ? { allowedHosts: env.ENTENTE_ALLOWED_HOSTS } : {}),
    ...(timeout !== undefined ? { extractionTimeoutMs: timeout } : {}),
    ...(maxMb !== undefined ? { maxDatabaseBytes: maxMb * 1024 * 1024 } : {}),
    ...(introspection !== undefined ? { introspection } : {}),
    ...(feedPollSeconds !== undefined ? { feedPollIntervalMs: feedPollSeconds * 1000 } : {}),
    ...(evidenceCache !== undefined ? { evidenceCachePieces: evidenceCache } : {}),
  });
  console.log(`Entente is running at ${server.url} (GraphQL at /graphql)`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`entente: ${signal} received, shutting down`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('entente: error while shutting down', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // Startup failures (port in use, unreadable database or gazetteer) get one clear line, not a stack.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`entente: could not start: ${message}`);
  process.exit(1);
});
