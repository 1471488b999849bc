import type { CodegenConfig } from '@graphql-codegen/cli'

/** Enums that @rongtong/shared already defines (string enums, value = key): the generated types reuse them. */
const SHARED_ENUMS = [
  'InstitutionType',
  'ProductCategory',
  'GuaranteeMethod',
  'RepaymentMethod',
  'EnterpriseScale',
  'EnterpriseType',
  'PolicyLevel',
  'ProductStatus',
  'Role',
] as const

export const GENERATED_DIR = 'src/gql/'

/** Builds the codegen configuration; `outputDir` lets the staleness test generate elsewhere. */
export function buildCodegenConfig(outputDir: string = GENERATED_DIR): CodegenConfig {
  return {
    schema: '../shared/schema.graphql',
    documents: ['src/**/*.graphql.ts'],
    ignoreNoDocuments: false,
    generates: {
      [outputDir]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
        config: {
          // Plain strings on the wire, no GraphQL AST or printer in the bundle.
          documentMode: 'string',
          strictScalars: true,
          scalars: {
            DateTime: 'string',
            Fen: 'number',
          },
          enumValues: Object.fromEntries(SHARED_ENUMS.map((name) => [name, `@rongtong/shared#${name}`])),
          namingConvention: { enumValues: 'keep' },
        },
      },
    },
  }
}

export default buildCodegenConfig()
