import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'server/rest/generated/': {
      documents: ['server/rest/operations/*.graphql'],
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', JSON: 'unknown', IPAddress: 'string' } },
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
    },
    'web/src/gql/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', JSON: 'unknown', IPAddress: 'string' } },
      // components own their data: a parent can only pass a fragment reference, read with getFragmentData
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
    },
    'web/src/gql/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
  },
};

export default config;
