import type { CodegenConfig } from '@graphql-codegen/cli';

/** GraphQL client types and documents, generated from the committed schema (see README). */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: { enumsAsTypes: true, useTypeImports: true, skipTypename: false, scalars: { DateTimeISO: 'string' } },
    },
  },
};

export default config;
