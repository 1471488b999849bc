// Reads what the screens should show straight from the BFF, so the journeys work with any seed data.
import shared from '@rongtong/shared'

export const { PRODUCT_CATEGORY_LABELS } = shared
const CATEGORIES = Object.keys(PRODUCT_CATEGORY_LABELS)
export const MARKET_PAGE_SIZE = 20

export function createApi(baseUrl) {
  async function query(text) {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: text }),
    })
    const body = await response.json()
    if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors[0])}`)
    return body.data
  }

  return {
    /** Names of 首页's 推荐产品, in order. */
    async recommendedNames() {
      const data = await query('{ products(first: 6, sort: POPULARITY) { edges { node { name } } } }')
      return data.products.edges.map((edge) => edge.node.name)
    },

    async productCount() {
      const data = await query('{ products(first: 1) { totalCount } }')
      return data.products.totalCount
    },

    /**
     * A category with some, but not all, products — preferring one that fits on the first page —
     * so that filtering by it visibly changes the list.
     */
    async discriminatingCategory() {
      const fields = CATEGORIES.map((category) => `${category}: products(filter: { categories: [${category}] }, first: 1) { totalCount }`)
      const data = await query(`{ all: products(first: 1) { totalCount } ${fields.join(' ')} }`)
      const total = data.all.totalCount
      const candidates = CATEGORIES.map((category) => ({ category, count: data[category].totalCount }))
        .filter(({ count }) => count > 0 && count < total)
        .sort((a, b) => Number(b.count <= MARKET_PAGE_SIZE) - Number(a.count <= MARKET_PAGE_SIZE) || b.count - a.count)
      if (candidates.length === 0) throw new Error('no category holds only part of the products — seed data too uniform')
      const { category, count } = candidates[0]
      return { category, count, label: PRODUCT_CATEGORY_LABELS[category] }
    },
  }
}
