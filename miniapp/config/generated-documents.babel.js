// Babel plugin (babel.config.js, before graphql-codegen's client preset plugin, which turns each graphql(`…`) call
// into an import of its generated document from src/gql/graphql.ts): fails the build, naming the operation, when
// that document has not been generated yet. Without it webpack only warns that the export is missing and the page
// meets an undefined document when it runs.
const { readFileSync, statSync } = require('node:fs')
const path = require('node:path')
// Resolved as the client preset resolves it, since the names must be the ones its plugin imports.
const { ClientSideBaseVisitor } = require(
  require.resolve('@graphql-codegen/visitor-plugin-common', { paths: [path.dirname(require.resolve('@graphql-codegen/client-preset'))] }),
)
const { buildSchema, parse } = require('graphql')

const GENERATED_FILE = path.join(__dirname, '..', 'src', 'gql', 'graphql.ts')

// The names the client preset gives the generated documents (its own Babel plugin derives them the same way).
const naming = new ClientSideBaseVisitor(buildSchema('type Query { _: Int }'), [], {}, {})

/** The names src/gql/graphql.ts exports, read again whenever codegen rewrites the file. */
let generated = { file: '', modified: -1, exports: new Set() }
function generatedExports(file) {
  const modified = statSync(file).mtimeMs
  if (file !== generated.file || modified !== generated.modified) {
    const names = [...readFileSync(file, 'utf8').matchAll(/^export const (\w+) = /gm)].map((match) => match[1])
    generated = { file, modified, exports: new Set(names) }
  }
  return generated.exports
}

/** @param {unknown} _babel @param {{ gqlTagName?: string, generatedFile?: string }} options */
module.exports = function generatedDocuments(_babel, options) {
  const tagName = options.gqlTagName || 'graphql'
  const generatedFile = options.generatedFile || GENERATED_FILE
  return {
    name: 'rongtong-generated-documents',
    visitor: {
      CallExpression(path) {
        const { callee, arguments: args } = path.node
        if (callee.type !== 'Identifier' || callee.name !== tagName || args[0]?.type !== 'TemplateLiteral') return
        const [definition] = parse(args[0].quasis[0].value.raw).definitions
        if (!definition?.name || (definition.kind !== 'OperationDefinition' && definition.kind !== 'FragmentDefinition')) return
        const exportName =
          definition.kind === 'OperationDefinition' ? naming.getOperationVariableName(definition) : naming.getFragmentVariableName(definition)
        if (!generatedExports(generatedFile).has(exportName)) {
          throw path.buildCodeFrameError(`${definition.name.value} 尚未生成 (src/gql/graphql.ts 中没有 ${exportName})：请先运行 npm run codegen -w @rongtong/miniapp`)
        }
      },
    },
  }
}
