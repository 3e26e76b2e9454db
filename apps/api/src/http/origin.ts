import { getOperationAST } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Whether a browser request from `origin` may change data: the page must come from the server itself
 * (the Host it addressed, which the Host allow-list has already vetted) or from a configured CORS origin.
 * Requests without an Origin header come from programs, not from pages, and are not cross-site.
 */
export function isAllowedOrigin(
  origin: string | null,
  host: string | null,
  corsOrigins: readonly string[] | undefined,
): boolean {
  if (origin === null) return true;
  if (corsOrigins?.includes('*') || corsOrigins?.includes(origin)) return true;
  if (origin === 'null' || host === null) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * Refuses mutations sent by pages of other origins (HTTP 403, `extensions.code` FORBIDDEN_ORIGIN), so a
 * site the user visits cannot ingest or remove documents through their browser. Queries stay open:
 * without CORS headers the foreign page cannot read their answers.
 */
export function useSameOriginMutations(corsOrigins: readonly string[] | undefined): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      const request = (args.contextValue as { request?: Request }).request;
      const origin = request?.headers.get('origin') ?? null;
      // The server builds the request URL from the Host header it received.
      const host = request ? new URL(request.url).host : null;
      if (isAllowedOrigin(origin, host, corsOrigins)) return;
      setResultAndStopExecution({
        errors: [
          createGraphQLError(`Mutations from the origin ${origin} are not allowed.`, {
            extensions: { code: 'FORBIDDEN_ORIGIN', http: { status: 403 } },
          }),
        ],
      });
    },
  };
}
