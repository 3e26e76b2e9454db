import { rmSync } from 'node:fs';
import { join } from 'node:path';
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
