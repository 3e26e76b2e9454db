import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { createSchema, createYoga } from 'graphql-yoga';
import { ResultBudget } from '../resolvers/budget.js';
import type { ApiContext } from '../resolvers/context.js';
import { resolvers } from '../resolvers/index.js';
import { loadTypeDefs } from '../schema/load.js';
import type { GraphService } from '../service/graph-service.js';
import { useMutationToken } from './auth.js';

/**
 * Limits on the shape of a GraphQL document, checked before anything executes. The cost counts 1 per
 * scalar and 2 per object, x1.5 per level, times a literal `first`: a full page (500) of relations with
 * their ends costs about 15,000. Type conditions (`... on Actor`) add neither depth nor cost, since every
 * lookup in this schema returns a union.
 */
export const QUERY_LIMITS = { maxDepth: 10, maxCost: 20_000, maxAliases: 15 } as const;

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
    // A fresh result budget per request; the service is shared.
    context: () => ({ service: options.service, budget: new ResultBudget() }),
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
      maxDepthPlugin({ n: QUERY_LIMITS.maxDepth, flattenFragments: true }),
      costLimitPlugin({ maxCost: QUERY_LIMITS.maxCost, flattenFragments: true }),
      maxAliasesPlugin({ n: QUERY_LIMITS.maxAliases }),
      useMutationToken(options.token),
    ],
  });
}
