const path = require('node:path')
const { babelOptimizerPlugin } = require('@graphql-codegen/client-preset')

/** Taro sets NODE_ENV to production for `taro build` without --watch, the mode the bundle is built in. */
const production = process.env.NODE_ENV === 'production'

module.exports = {
  // babel-preset-taro options: framework, TypeScript and the webpack5 compiler.
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
      },
    ],
  ],
  plugins: [
    // Each graphql(`…`) call becomes an import of its generated document (graphql-codegen's client preset plugin),
    // so the bundle carries neither the operation text at the call site nor src/gql/gql.ts, which maps the text of
    // every operation in the app to its document; a call whose document codegen has not written yet fails the build.
    [require.resolve('./config/generated-documents.babel.js'), { gqlTagName: 'graphql' }],
    [babelOptimizerPlugin, { artifactDirectory: path.join(__dirname, 'src', 'gql'), gqlTagName: 'graphql' }],
    // Production builds send operations by hash only: the documents lose their text (see the file).
    ...(production ? [require.resolve('./config/persisted-documents.babel.js')] : []),
  ],
}
