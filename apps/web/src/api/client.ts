/**
 * A small GraphQL client: one POST per query, typed by the document it sends (queries.ts, generated
 * from the schema). The app talks to the API only through this module, so errors have one readable shape.
 */
import type { TypedDocumentString } from './gql/graphql';

type RequestOptions = { signal?: AbortSignal; endpoint?: string };

/** Where the API lives: the same origin as the app (vite proxies it during development). */
export const GRAPHQL_PATH = '/graphql';

/** sessionStorage key of the optional bearer token for servers started with ENTENTE_API_TOKEN. */
export const TOKEN_STORAGE_KEY = 'entente.apiToken';

/** A failure a user can read: network down, HTTP error, or GraphQL errors. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'http' | 'graphql' | 'unauthorized',
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The token the user typed in the ingest form, if any (kept for the browser session only). */
export function readToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function writeToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
    else sessionStorage.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    // Storage can be disabled (private mode); the token then lives only in the form.
  }
}

/**
 * Run a GraphQL operation and return its `data`, typed by the document (a raw string is typed by the
 * caller). Throws an ApiError with a readable message on network, HTTP or GraphQL errors.
 */
export function gql<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options?: RequestOptions,
): Promise<Result>;
export function gql<T>(
  query: string,
  variables?: Record<string, unknown>,
  options?: RequestOptions,
): Promise<T>;
export async function gql<T>(
  document: string | TypedDocumentString<T, unknown>,
  variables: unknown = {},
  options: RequestOptions = {},
): Promise<T> {
  const query = document.toString();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = readToken();
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(options.endpoint ?? GRAPHQL_PATH, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('Cannot reach the Entente API. Is the server running?', 'network');
  }
  let body: GraphQLResponse<T> | null = null;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    body = null;
  }
  const firstError = body?.errors?.[0];
  if (firstError) {
    const unauthorized = firstError.extensions?.code === 'UNAUTHORIZED' || response.status === 401;
    throw new ApiError(
      unauthorized ? `Not authorized: ${firstError.message}. Check the API token.` : firstError.message,
      unauthorized ? 'unauthorized' : 'graphql',
      response.status,
    );
  }
  if (response.status === 401 || response.status === 403) {
    throw new ApiError('Not authorized. This server needs an API token.', 'unauthorized', response.status);
  }
  if (!response.ok || !body?.data) {
    throw new ApiError(`The API answered with HTTP ${response.status}.`, 'http', response.status);
  }
  return body.data;
}
