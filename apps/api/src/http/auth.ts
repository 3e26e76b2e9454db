import { createHash, timingSafeEqual } from 'node:crypto';
import { getOperationAST } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Whether an Authorization header carries `Bearer <token>`, compared in constant time. */
export function hasBearerToken(header: string | null, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '');
  if (!match) return false;
  // Hashing first gives equal lengths, which timingSafeEqual needs, without leaking the token's length.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]!), digest(token));
}

/**
 * Requires the bearer token for mutations when the server has one; queries stay open. Rejected
 * operations answer HTTP 401 with a GraphQL error whose `extensions.code` is `UNAUTHORIZED`.
 */
export function useMutationToken(token: string | undefined): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (!token) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      const request = (args.contextValue as { request?: Request }).request;
      if (hasBearerToken(request?.headers.get('authorization') ?? null, token)) return;
      setResultAndStopExecution({
        errors: [
          createGraphQLError(
            'Mutations need the header "Authorization: Bearer <token>" with the server\'s token.',
            {
              extensions: {
                code: 'UNAUTHORIZED',
                http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } },
              },
            },
          ),
        ],
      });
    },
  };
}
