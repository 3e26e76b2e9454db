import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * schema.graphql is the one statement of the API's contract; the TypeScript the resolvers are checked
 * against is generated from it (`pnpm codegen`, checked for staleness by `pnpm typecheck`).
 * - src/schema/types.generated.ts: the schema's enums, inputs and object types, imports nothing, so
 *   the service can take its inputs without depending on the resolvers.
 * - src/resolvers/resolvers.generated.ts: resolver signatures, with each object type mapped onto the
 *   service model its resolvers receive as parent.
 */
const scalars = { DateTime: 'string' };

const config: CodegenConfig = {
  schema: 'src/schema/schema.graphql',
  emitLegacyCommonJSImports: false,
  generates: {
    'src/schema/types.generated.ts': {
      plugins: [
        { add: { content: '// Generated from schema.graphql by `pnpm codegen`: do not edit.' } },
        'typescript',
      ],
      config: { scalars, enumsAsTypes: true, useTypeImports: true },
    },
    'src/resolvers/resolvers.generated.ts': {
      plugins: [
        {
          add: {
            content: [
              '// Generated from schema.graphql by `pnpm codegen`: do not edit.',
              "import type * as Types from '../schema/types.generated.js';",
            ],
          },
        },
        'typescript-resolvers',
      ],
      config: {
        scalars,
        enumsAsTypes: true,
        useTypeImports: true,
        namespacedImportName: 'Types',
        contextType: './context.js#ApiContext',
        useIndexSignature: false,
        mappers: {
          Actor: '../service/models.js#ActorModel',
          Relation: '../service/models.js#RelationModel',
          Document: '../service/models.js#DocumentModel',
          GraphEdge: '../service/models.js#RelationSummaryModel',
          Community: '../service/models.js#CommunityModel',
          GraphView: '../service/graph-view.js#GraphView',
          IngestSuccess: '../service/graph-service.js#IngestOutcome',
          Feed: '../store/types.js#StoredFeed',
          DocumentSource: '../store/types.js#DocumentSource',
          Evidence: '@entente/core#Evidence',
          Relationship: '../service/models.js#RelationshipModel',
          TimelinePoint: '@entente/core#TimelinePoint',
          Triad: '@entente/core#Triad',
          Path: '../service/models.js#PathModel',
          Mediation: '@entente/core#Mediation',
        },
      },
    },
  },
};

export default config;
