import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { createSchema, createYoga } from 'graphql-yoga';
import type { ApiContext } from '../resolvers/context.js';
import { resolvers } from '../resolvers/index.js';
import { loadTypeDefs } from '../schema/load.js';
import type { GraphService } from '../service/graph-service.js';
import { useMutationToken } from './auth.js';

/** Limits on the shape of a GraphQL document, checked before anything executes. */
export const QUERY_LIMITS = { maxDepth: 10, maxCost: 5000, maxAliases: 15 } as const;

export interface YogaOptions {
  service: GraphService;
  token?: string | undefined;
  /** Allowed CORS origins; none means same origin only (no CORS headers). */
  corsOrigins?: string[] | undefined;
  graphiql: boolean;
  logging: boolean;
}

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
  return createYoga({
    schema: createSchema<ApiContext>({ typeDefs: loadTypeDefs(), resolvers }),
    graphqlEndpoint: '/graphql',
    context: { service: options.service },
    graphiql: options.graphiql ? { title: 'Entente GraphiQL', defaultQuery: DEFAULT_QUERY } : false,
    landingPage: false,
    logging: options.logging ? 'info' : false,
    // Only GraphQLErrors reach clients verbatim; anything unexpected becomes "Unexpected error.".
    maskedErrors: true,
    cors: options.corsOrigins?.length
      ? {
          origin: options.corsOrigins,
          credentials: false,
          methods: ['GET', 'POST', 'OPTIONS'],
          allowedHeaders: ['Content-Type', 'Authorization'],
        }
      : false,
    plugins: [
      maxDepthPlugin({ n: QUERY_LIMITS.maxDepth }),
      costLimitPlugin({ maxCost: QUERY_LIMITS.maxCost }),
      maxAliasesPlugin({ n: QUERY_LIMITS.maxAliases }),
      useMutationToken(options.token),
    ],
  });
}
