import path from 'node:path'
import { transformSync, type PluginItem, type TransformOptions } from '@babel/core'

const appRoot = path.join(__dirname, '..')
// CommonJS modules, as Babel loads them.
const persistedDocuments = require('./persisted-documents.babel') as PluginItem

/**
 * Transforms `code` with the app's Babel configuration as a build with NODE_ENV=`nodeEnv` reads it (Taro's preset
 * reads NODE_ENV too, while it transforms).
 */
function transformAsBuild(code: string, filename: string, nodeEnv: 'production' | 'development'): string {
  const previous = process.env.NODE_ENV
  process.env.NODE_ENV = nodeEnv
  try {
    let config: TransformOptions = {}
    jest.isolateModules(() => {
      config = require('../babel.config') as TransformOptions
    })
    return transform(code, filename, config)
  } finally {
    process.env.NODE_ENV = previous
  }
}

function transform(code: string, filename: string, options: TransformOptions): string {
  // As webpack's babel-loader calls it: ES modules stay ES modules.
  const caller = { name: 'babel-loader', supportsStaticESM: true, supportsDynamicImport: true }
  const result = transformSync(code, { ...options, filename, cwd: appRoot, configFile: false, babelrc: false, caller })
  if (!result?.code) throw new Error('Babel produced no code')
  return result.code
}

// The shape graphql-codegen's client preset writes into src/gql/graphql.ts (documentMode: 'string').
const generatedDocuments = `
export const ProductCardFieldsFragmentDoc = new TypedDocumentString(\`
    fragment ProductCardFields on Product { id name }
    \`, {"fragmentName":"ProductCardFields"});
export const HomeOverviewDocument = new TypedDocumentString(\`
    query HomeOverview { products(first: 6) { edges { node { ...ProductCardFields } } } }
    fragment ProductCardFields on Product { id name }\`, {"operationName":"HomeOverview","hash":"1589b03e"});
export const UnlistedDocument = new TypedDocumentString(\`query Unlisted { a }\`);
`

describe('persisted-documents Babel plugin', () => {
  const output = transform(generatedDocuments, path.join(appRoot, 'src/gql/graphql.ts'), { plugins: [persistedDocuments] })

  it('drops the text of every operation that has a hash and keeps its name and hash', () => {
    expect(output).not.toContain('query HomeOverview')
    expect(output).toMatch(/HomeOverviewDocument = \/\*#__PURE__\*\/new TypedDocumentString\("", \{\s*"operationName": "HomeOverview",\s*"hash": "1589b03e"\s*\}\)/)
  })

  it('keeps the text of a document without a hash, which can only be sent as text', () => {
    expect(output).toContain('query Unlisted { a }')
  })

  it('marks every document pure, so the minifier drops those nothing imports (the fragments)', () => {
    expect(output.match(/\/\*#__PURE__\*\/new TypedDocumentString/g)).toHaveLength(3)
    expect(output).toContain('fragment ProductCardFields')
  })
})

describe('babel.config.js', () => {
  const operationModule = `import { graphql } from '@/gql'
export const HomeBannersQuery = graphql(\`
  query HomeBanners { homeBanners { id title } }
\`)
`
  const operationFile = path.join(appRoot, 'src/api/home.graphql.ts')

  it.each(['production', 'development'] as const)('turns a graphql() call into an import of its generated document (%s)', (nodeEnv) => {
    const output = transformAsBuild(operationModule, operationFile, nodeEnv)
    expect(output).toMatch(/import \{ HomeBannersDocument \} from "\.\.\/gql\/graphql"/)
    expect(output).toContain('HomeBannersQuery = HomeBannersDocument')
    expect(output).not.toContain('query HomeBanners')
  })

  it('strips the documents of their text in production builds only', () => {
    const generatedFile = path.join(appRoot, 'src/gql/graphql.ts')
    expect(transformAsBuild(generatedDocuments, generatedFile, 'production')).not.toContain('query HomeOverview')
    expect(transformAsBuild(generatedDocuments, generatedFile, 'development')).toContain('query HomeOverview')
  })
})
