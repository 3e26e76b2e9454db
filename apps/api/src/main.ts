// `pnpm serve` / `node dist/main.js`: the API and the web app on one origin, configured from the environment.
import { startServer } from './index.js';

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`entente: PORT must be a number between 0 and 65535, got "${value}"`);
    process.exit(1);
  }
  return port;
}

async function main(): Promise<void> {
  const env = process.env;
  const server = await startServer({
    port: portFromEnv(env.PORT),
    host: env.HOST || '127.0.0.1',
    ...(env.ENTENTE_DB ? { dbPath: env.ENTENTE_DB } : {}),
    ...(env.ENTENTE_API_TOKEN ? { token: env.ENTENTE_API_TOKEN } : {}),
    ...(env.ENTENTE_CORS_ORIGIN ? { corsOrigin: env.ENTENTE_CORS_ORIGIN } : {}),
    ...(env.ENTENTE_GAZETTEER ? { gazetteerFile: env.ENTENTE_GAZETTEER } : {}),
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
