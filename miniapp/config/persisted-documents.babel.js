// Babel plugin for production builds (babel.config.js): the generated documents in src/gql/graphql.ts keep only what
// such a build sends. It sends every operation as the SHA-256 of its text, which the BFF looks up on its safelist
// (src/api/endpoint.ts, SEND_PERSISTED_OPERATIONS), so an operation document whose `__meta__` holds a hash needs no
// text; a fragment document is never sent on its own (its text is inlined into every operation that uses it).
//
//   new TypedDocumentString(`query A { … }`, { operationName: 'A', hash: '…' })
//     → /*#__PURE__*/ new TypedDocumentString('', { operationName: 'A', hash: '…' })
//
// The annotation lets the minifier drop the documents nothing imports (every fragment document).

/** @param {import('@babel/types').Node | undefined} node */
function hasHash(t, node) {
  return (
    t.isObjectExpression(node) &&
    node.properties.some(
      (property) =>
        t.isObjectProperty(property) &&
        (t.isStringLiteral(property.key, { value: 'hash' }) || t.isIdentifier(property.key, { name: 'hash' })) &&
        t.isStringLiteral(property.value) &&
        property.value.value !== '',
    )
  )
}

/** @param {{ types: typeof import('@babel/types') }} babel */
module.exports = function persistedDocuments({ types: t }) {
  return {
    name: 'rongtong-persisted-documents',
    visitor: {
      NewExpression(path) {
        const { node } = path
        if (!t.isIdentifier(node.callee, { name: 'TypedDocumentString' })) return
        if (node.arguments.length >= 2 && hasHash(t, node.arguments[1])) node.arguments[0] = t.stringLiteral('')
        t.addComment(node, 'leading', '#__PURE__')
      },
    },
  }
}
