import type { CodegenConfig } from '@graphql-codegen/cli'

// The contract lives at the repository root (`sitewatch export-schema`).
const schema = '../schema.graphql'

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,vue,graphql}', '!src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    './src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        skipTypename: false,
      },
    },
  },
  hooks: {},
}

export default config
