import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The app's GraphQL documents are typed from the API's schema.graphql, the one statement of the
 * contract: `graphql(...)` in src/ returns a typed document whose result and variables follow from the
 * query text (`pnpm codegen` writes src/api/gql/; `pnpm typecheck` fails when it is stale, and codegen
 * fails on a field the schema lacks).
 */
const config: CodegenConfig = {
  schema: '../api/src/schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/api/gql/**'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'src/api/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
