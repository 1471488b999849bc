import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { transformSync, type PluginItem } from '@babel/core'

// A CommonJS module, as Babel loads it.
const generatedDocuments = require('./generated-documents.babel') as PluginItem

const operationModule = `import { graphql } from '@/gql'
export const HomeBannersQuery = graphql(\`
  query HomeBanners { homeBanners { id } }
\`)
export const BannerFields = graphql(\`
  fragment BannerFields on Banner { id title }
\`)
`

function transformWith(generated: string): void {
  const generatedFile = path.join(mkdtempSync(path.join(tmpdir(), 'rongtong-gql-')), 'graphql.ts')
  writeFileSync(generatedFile, generated)
  transformSync(operationModule, {
    filename: 'src/api/home.graphql.ts',
    configFile: false,
    babelrc: false,
    plugins: [[generatedDocuments, { gqlTagName: 'graphql', generatedFile }]],
  })
}

describe('generated-documents Babel plugin', () => {
  it('lets through the calls whose documents codegen has written', () => {
    const generated = 'export const HomeBannersDocument = new TypedDocumentString(``)\nexport const BannerFieldsFragmentDoc = new TypedDocumentString(``)\n'
    expect(() => transformWith(generated)).not.toThrow()
  })

  it('fails the build on an operation codegen has not written yet, and says what to run', () => {
    expect(() => transformWith('export const BannerFieldsFragmentDoc = new TypedDocumentString(``)\n')).toThrow(
      /HomeBanners 尚未生成 \(src\/gql\/graphql.ts 中没有 HomeBannersDocument\)：请先运行 npm run codegen -w @rongtong\/miniapp/,
    )
  })

  it('checks fragments as well', () => {
    expect(() => transformWith('export const HomeBannersDocument = new TypedDocumentString(``)\n')).toThrow(/BannerFieldsFragmentDoc/)
  })
})
