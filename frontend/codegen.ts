import type { CodegenConfig } from '@graphql-codegen/cli'
import { existsSync } from 'node:fs'

// The contract lives at the repository root (exported by the backend).
const schema = existsSync('../schema.graphql') ? '../schema.graphql' : './schema.tmp.graphql'

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
