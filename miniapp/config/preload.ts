import { readFileSync } from 'node:fs'
import path from 'node:path'
import { getOperationAST, parse } from 'graphql'

/**
 * Data the H5 app's first pages need, fetched by index.html itself (production builds, which send operations by
 * hash): the requests start while the JavaScript is still downloading instead of after it has run, and a page whose
 * responses have arrived renders its data in its first render (src/api/preloaded.ts, useQuery).
 *
 * Only operations whose answer is the same for everyone may be listed: the script sends no token, and the app uses
 * what it got whoever is signed in. The variables must be exactly those the page's first query sends (a response for
 * other variables is never used); config/preload.spec.ts holds the pages to that.
 */
export interface PreloadedPage {
  /** The addresses the page opens under (Taro's router in browser mode). */
  paths: readonly string[]
  operations: ReadonlyArray<{ name: string; variables?: Record<string, unknown> }>
}

export const PRELOADED_PAGES: readonly PreloadedPage[] = [
  // 首页
  { paths: ['/', '/pages/index/index'], operations: [{ name: 'HomeOverview' }, { name: 'HomeBanners' }, { name: 'HomeLatestContent' }] },
  // 金融超市 with its default filters (market-filters.ts: DEFAULT_FILTERS, marketVariables)
  {
    paths: ['/pages/market/index'],
    operations: [
      { name: 'MarketProducts', variables: { filter: {}, sort: 'POPULARITY', first: 20 } },
      { name: 'MarketFacets', variables: { filter: {} } },
    ],
  },
]

/** The global the app reads the responses from (src/api/preloaded.ts, which the test holds to the same name). */
export const PRELOAD_REGISTRY = '__rongtongPreload'

/** The safelist codegen writes (hash → normalised operation text), which the BFF answers from. */
export const SAFELIST_FILE = path.join(__dirname, '..', '..', 'shared', 'persisted-operations.json')

export function readSafelist(file: string = SAFELIST_FILE): Record<string, string> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
}

/** Operation name → hash of each operation on the safelist. */
function hashesByName(safelist: Readonly<Record<string, string>>): Map<string, string> {
  const hashes = new Map<string, string>()
  for (const [hash, text] of Object.entries(safelist)) {
    const name = getOperationAST(parse(text))?.name?.value
    if (name) hashes.set(name, hash)
  }
  return hashes
}

/** JSON that can stand inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

/**
 * The inline script for index.html (ES5: it is not transpiled). On one of the listed paths it posts each operation
 * by hash, exactly as the app's client would (src/api/client.ts, requestBody), and files `{ variables, response,
 * settled }` under `window[PRELOAD_REGISTRY][hash]`. Fails the build when an operation is not on the safelist.
 */
export function preloadScript(options: { apiUrl: string; safelist: Readonly<Record<string, string>>; pages?: readonly PreloadedPage[] }): string {
  const hashes = hashesByName(options.safelist)
  const pages = (options.pages ?? PRELOADED_PAGES).map((page) => ({
    paths: page.paths,
    operations: page.operations.map(({ name, variables = {} }) => {
      const hash = hashes.get(name)
      if (!hash) throw new Error(`config/preload.ts: ${name} 不在 shared/persisted-operations.json 中，请先运行 npm run codegen -w @rongtong/miniapp`)
      const body = JSON.stringify({ operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })
      return { hash, variables, body }
    }),
  }))
  return (
    '!function(w,pages,url){var ops,i,registry;' +
    'for(i=0;i<pages.length;i++)if(pages[i].paths.indexOf(w.location.pathname)>=0)ops=pages[i].operations;' +
    `if(!ops||!w.fetch)return;registry=w[${JSON.stringify(PRELOAD_REGISTRY)}]={};` +
    'ops.forEach(function(op){var entry=registry[op.hash]={variables:op.variables};' +
    'entry.response=w.fetch(url,{method:"POST",headers:{"content-type":"application/json"},body:op.body})' +
    '.then(function(r){return r.json().then(function(d){return entry.settled={statusCode:r.status,data:d}})});' +
    // Nobody may ever take it (the app reads another page first): no unhandled rejection then.
    'entry.response["catch"](function(){})})' +
    `}(window,${scriptJson(pages)},${scriptJson(options.apiUrl)});`
  )
}
