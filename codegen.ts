import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed hooks for the web app from the committed contract (schema.graphql) and the operations
 * each page declares beside itself. CI regenerates this and fails on drift, so every option here
 * is chosen for output that depends only on the inputs.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema.graphql',
  documents: 'web/src/**/*.graphql',
  generates: {
    'web/src/graphql/generated.ts': {
      plugins: ['typescript', 'typescript-operations', 'typescript-react-apollo'],
      config: {
        withHooks: true,
        // Each enum as a const object and its string union instead of a TS enum: a switch over the
        // union is exhaustive, and the web app lists an enum's values from the schema
        // (`Object.values(CountryCode)`) rather than from a copy. Unused objects are tree-shaken.
        enumsAsConst: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string' },
        // A field the schema always returns is typed as present (`T | null`, never `T | undefined`).
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        useTypeImports: true,
        dedupeFragments: true,
        addDocBlocks: false,
        // Documents as ready-made syntax trees (plain object literals) instead of gql`…` calls,
        // which the bundler must keep: a document no page uses is dropped, each page's documents
        // travel in that page's chunk instead of all of them in the first script, and nothing is
        // parsed in the browser at start-up.
        documentMode: 'documentNode',
      },
    },
  },
};

export default config;
