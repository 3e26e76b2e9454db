// The layering of Entente as rules, checked by `pnpm lint` (so by CI): data flows one way, text →
// mentions → relations → graph → API → view, and each layer imports only from the layers below it.
// Workspace packages resolve to their sources (tsconfig.depcruise.json), so no build is needed first.

/** Subpaths of @entente/core the web app may import: plain, browser-safe modules it reads from source. */
const WEB_SAFE_CORE = '(ontology|common|filter|layout)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'libraries-not-apps',
      comment: 'The libraries (packages/*) know nothing of the apps built on them.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^(apps/|@entente/(api|web)($|/))' },
    },
    {
      name: 'extract-not-graph',
      comment: 'Extraction reads text into relations; it must not depend on how graphs are built from them.',
      severity: 'error',
      from: { path: '^packages/core/src/extract/' },
      to: { path: '^packages/core/src/graph/' },
    },
    {
      name: 'web-not-api',
      comment: 'The web app talks to the API over HTTP only, never to its code.',
      severity: 'error',
      from: { path: '^apps/web/src/' },
      to: { path: '^(apps/api/|@entente/api($|/))' },
    },
    {
      name: 'web-browser-safe-core-only',
      comment: `The web app imports only @entente/core/${WEB_SAFE_CORE}: the rest pulls in the extractor or Node.`,
      severity: 'error',
      from: { path: '^apps/web/src/' },
      to: {
        path: '^(packages/core/|@entente/core($|/))',
        pathNot: `^(packages/core/src/${WEB_SAFE_CORE}/|@entente/core/${WEB_SAFE_CORE}$)`,
      },
    },
    {
      name: 'service-not-resolvers',
      comment: 'The API service layer is below the GraphQL resolvers: resolvers call the service, not back.',
      severity: 'error',
      from: { path: '^apps/api/src/service/' },
      to: { path: '^apps/api/src/resolvers/' },
    },
    {
      name: 'no-circular',
      comment:
        'A cycle makes two modules one: split what they share into a module both import. Type-only imports do not count: they vanish from the built code.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      extensions: ['.ts', '.tsx', '.mjs', '.js'],
    },
  },
};
