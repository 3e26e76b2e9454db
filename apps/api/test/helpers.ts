import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, type ServerOptions, startServer } from '../src/index.js';
import { tempDir } from './temp.js';

export { tempDir };

/** A GraphQL response as the server sends it. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A real server on an ephemeral loopback port with its own database file, and helpers to talk to it. */
export interface TestServer extends RunningServer {
  dir: string;
  dbPath: string;
  /** POSTs a GraphQL operation; `token` adds the bearer header. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string },
  ): Promise<GraphQLResponse<T>>;
  /** Stops the server and deletes its directory. */
  dispose(): Promise<void>;
}

export async function startTestServer(options: ServerOptions & { dir?: string } = {}): Promise<TestServer> {
  const dir = options.dir ?? tempDir();
  const dbPath = options.dbPath ?? join(dir, 'entente.db');
  const server = await startServer({
    webDist: null,
    quiet: true,
    // A busy machine is not a hostile article: tests get a generous extraction budget unless they test
    // the budget itself (hostile-articles sets a strict one), so seeding never fails on a loaded CI host.
    extractionTimeoutMs: 60_000,
    ...options,
    port: 0,
    host: '127.0.0.1',
    dbPath,
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await server.close();
  };
  return {
    ...server,
    close,
    dir,
    dbPath,
    gql: (query, variables, gqlOptions) => postGraphQL(server.url, query, variables, gqlOptions?.token),
    dispose: async () => {
      await close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function postGraphQL<T>(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const response = await fetch(new URL('/graphql', baseUrl), {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** Fails the test with the server's errors when there are any, and returns the data. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors (HTTP ${response.status}): ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/** An article text the extractor reads relations from, distinct per `n`. */
export function generatedArticle(n: number): string {
  return [
    `Turkish Foreign Minister Hakan Fidan hosted his Egyptian counterpart Badr Abdelatty in Ankara on day ${n}.`,
    `Egypt and Turkey agreed to deepen coordination on Gaza, Fidan said after the meeting number ${n}.`,
    `Israel opposes any Turkish role in the stabilization force, officials said in report ${n}.`,
  ].join(' ');
}

/** The built server entry point, for tests that run the server as its own process. */
export const MAIN_JS = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'main.js');

/**
 * Starts the built server (dist/main.js) as a child process on an ephemeral loopback port, configured by
 * environment variables as in production, and resolves with its URL once it says it is listening.
 * Its own process: a test's client work cannot delay it, and SIGKILL kills only it.
 */
export function spawnServer(
  dbPath: string,
  options: { env?: Record<string, string>; user?: { uid: number; gid: number } } = {},
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  // The tests' own DATABASE_URL names the server they create databases on, not this server's store.
  const { DATABASE_URL: _testServer, ...inherited } = process.env;
  const child = spawn(process.execPath, [MAIN_JS], {
    env: {
      ...inherited,
      PORT: '0',
      HOST: '127.0.0.1',
      ENTENTE_DB: dbPath,
      NODE_ENV: 'production',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options.user,
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/[^\s/]+\/)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1], output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`server exited with ${code} before listening:\n${output}`)),
    );
  });
}

/** Stops a server process started by spawnServer and waits for it to exit. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
