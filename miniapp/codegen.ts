import { renameSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { CodegenConfig } from '@graphql-codegen/cli'
import { getOperationAST, type DocumentNode } from 'graphql'

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
  'DataSource',
  'ConsentPurpose',
  'ConsentGranteeKind',
  'ConsentStatus',
] as const

export const GENERATED_DIR = 'src/gql/'

/** What the client preset names the safelist it writes beside the typed documents. */
export const PERSISTED_DOCUMENTS_FILE = 'persisted-documents.json'

/**
 * The safelist (SHA-256 of each operation's normalised text → that text), moved next to the schema so the
 * BFF reads it from shared/ without depending on the app's sources or build.
 */
export const SAFELIST_PATH = join(__dirname, '..', 'shared', 'persisted-operations.json')

/** Builds the codegen configuration; `outputDir` lets the staleness test generate elsewhere. */
export function buildCodegenConfig(outputDir: string = GENERATED_DIR): CodegenConfig {
  return {
    schema: '../shared/schema.graphql',
    documents: ['src/**/*.graphql.ts'],
    ignoreNoDocuments: false,
    generates: {
      [outputDir]: {
        preset: 'client',
        presetConfig: {
          fragmentMasking: false,
          gqlTagName: 'graphql',
          // Each operation document carries `__meta__.hash` (and its name), which the client sends instead of the
          // text in production builds; the hash → text list is the BFF's safelist.
          persistedDocuments: { hashAlgorithm: 'sha256' },
          onExecutableDocumentNode: (document: DocumentNode) => ({ operationName: getOperationAST(document)?.name?.value }),
        },
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
    hooks: {
      afterAllFileWrite: (...files: string[]) => {
        const safelist = files.find((file) => basename(file) === PERSISTED_DOCUMENTS_FILE)
        if (safelist) renameSync(safelist, SAFELIST_PATH)
      },
    },
  }
}

export default buildCodegenConfig()
