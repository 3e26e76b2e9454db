import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import { createGraphQLError, createSchema, createYoga, maskError } from 'graphql-yoga';
import { ResultBudget } from '../resolvers/budget.js';
import type { ApiContext } from '../resolvers/context.js';
import { resolvers } from '../resolvers/index.js';
import { loadTypeDefs } from '../schema/load.js';
import type { GraphService } from '../service/graph-service.js';
import { LiveEvents } from '../service/live-events.js';
import type { WebSources } from '../service/web-sources.js';
import { StorageError } from '../store/storage-error.js';
import { useMutationToken } from './auth.js';
import { useSameOriginMutations } from './origin.js';
import { schemaDisclosurePlugins } from './schema-disclosure.js';

/**
 * Limits on the shape of a GraphQL document, checked before anything executes. The cost counts 1 per
 * scalar and 2 per object, x1.5 per level, times a literal `first`: a full page (500) of relations with
 * their ends costs about 15,000. Type conditions (`... on Actor`) add neither depth nor cost, since every
 * lookup in this schema returns a union.
 */
export const QUERY_LIMITS = { maxDepth: 10, maxCost: 20_000, maxAliases: 15 } as const;

export interface YogaOptions {
  service: GraphService;
  web?: WebSources | undefined;
  /** Where subscriptions hear of changes; a fresh bus (which nothing publishes to) when not given. */
  live?: LiveEvents;
  token?: string | undefined;
  /** Allowed CORS origins; none means same origin only (no CORS headers). */
  corsOrigins?: string[] | undefined;
  graphiql: boolean;
  /** Introspection and "did you mean" hints; off in production unless asked for. */
  introspection: boolean;
  /** Objects one request may resolve through lists. */
  resultBudget: number;
  logging: boolean;
}

/**
 * The header a request must carry unless its content type already makes browsers ask first (a CORS
 * preflight): form and text/plain POSTs, and GETs, are what a foreign page can send without asking.
 */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

export type ApiYoga = ReturnType<typeof createApiYoga>;

const DEFAULT_QUERY = `# Entente: actors and relations read from diplomatic news.
{
  stats { actors relations documents }
  tensions(limit: 5) { a { name } b { name } score label }
  alliances(limit: 5) { a { name } b { name } score label }
}
`;

/** The GraphQL handler: schema from the SDL file, resolvers over the service, and the safety plugins. */
export function createApiYoga(options: YogaOptions) {
  const live = options.live ?? new LiveEvents();
  return createYoga({
    schema: createSchema<ApiContext>({ typeDefs: loadTypeDefs(), resolvers }),
    graphqlEndpoint: '/graphql',
    // A fresh result budget per request; the service is shared.
    context: () => ({
      service: options.service,
      web: options.web,
      live,
      budget: new ResultBudget(options.resultBudget),
    }),
    graphiql: options.graphiql ? { title: 'Entente GraphiQL', defaultQuery: DEFAULT_QUERY } : false,
    landingPage: false,
    logging: options.logging ? 'info' : false,
    // Only GraphQLErrors and storage faults reach clients verbatim; anything else is "Unexpected error.".
    maskedErrors: { maskError: maskUnexpected },
    // Nothing here takes file uploads, and multipart is a form encoding any page can POST.
    multipart: false,
    cors: options.corsOrigins?.length
      ? {
          origin: options.corsOrigins,
          credentials: false,
          methods: ['GET', 'POST', 'OPTIONS'],
          allowedHeaders: ['Content-Type', 'Authorization', CSRF_HEADER],
        }
      : false,
    plugins: [
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
      useSameOriginMutations(options.corsOrigins),
      ...schemaDisclosurePlugins(options.introspection),
      maxDepthPlugin({ n: QUERY_LIMITS.maxDepth, flattenFragments: true }),
      costLimitPlugin({ maxCost: QUERY_LIMITS.maxCost, flattenFragments: true }),
      maxAliasesPlugin({ n: QUERY_LIMITS.maxAliases }),
      useMutationToken(options.token),
    ],
  });
}

/** Storage faults are the operator's to fix and the client's to know about: they keep their reason. */
function maskUnexpected(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof StorageError) {
    return createGraphQLError(original.message, {
      extensions: { code: 'STORAGE_ERROR', reason: original.reason, http: { status: 503 } },
    });
  }
  return maskError(error, message, isDev);
}
