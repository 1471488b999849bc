import { runInNewContext } from 'node:vm'
import { getOperationAST, parse } from 'graphql'
import { requestBody, type TypedDocument } from '@/api/client'
import { PRELOAD_REGISTRY as APP_REGISTRY } from '@/api/preloaded'
import {
  HomeBannersDocument,
  HomeLatestContentDocument,
  HomeOverviewDocument,
  MarketFacetsDocument,
  MarketProductsDocument,
} from '@/gql/graphql'
import { DEFAULT_FILTERS, marketVariables } from '@/pages/market/market-filters'
import { PRELOAD_REGISTRY, PRELOADED_PAGES, preloadScript, readSafelist } from './preload'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { request: jest.fn() } }))

const safelist = readSafelist()

interface Entry {
  variables: unknown
  settled?: { statusCode: number; data: unknown }
  response: Promise<unknown>
}

/** Runs the script as index.html would on `pathname`, against a fetch that answers every request with `answer`. */
function runScript(pathname: string, { withFetch = true, answer = { status: 200, body: { data: { ok: true } } as unknown } } = {}) {
  const requests: Array<{ url: string; init: { method: string; headers: Record<string, string>; body: string } }> = []
  const window: Record<string, unknown> = { location: { pathname } }
  if (withFetch) {
    window.fetch = (url: string, init: (typeof requests)[number]['init']) => {
      requests.push({ url, init })
      return Promise.resolve({ status: answer.status, json: () => Promise.resolve(answer.body) })
    }
  }
  runInNewContext(preloadScript({ apiUrl: '/graphql', safelist }), { window })
  return { requests, registry: window[PRELOAD_REGISTRY] as Record<string, Entry> | undefined }
}

const bodyOf = <TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables: TVariables) =>
  requestBody(document, variables, true)

describe('preloadScript (index.html)', () => {
  const firstMarketVariables = marketVariables({ ...DEFAULT_FILTERS, keyword: '' })

  it.each(['/', '/pages/index/index'])('on 首页 (%s) posts its three queries by hash, as the app would', async (pathname) => {
    const { requests, registry } = runScript(pathname)
    expect(requests.map((request) => request.url)).toEqual(['/graphql', '/graphql', '/graphql'])
    for (const request of requests) {
      expect(request.init.method).toBe('POST')
      expect(request.init.headers).toEqual({ 'content-type': 'application/json' })
    }
    expect(requests.map((request) => JSON.parse(request.init.body))).toEqual([
      bodyOf(HomeOverviewDocument, {}),
      bodyOf(HomeBannersDocument, {}),
      bodyOf(HomeLatestContentDocument, {}),
    ])
    expect(Object.keys(registry ?? {}).sort()).toEqual(
      [HomeOverviewDocument, HomeBannersDocument, HomeLatestContentDocument].map((document) => document.__meta__?.hash).sort(),
    )
    expect(registry?.[HomeBannersDocument.__meta__?.hash as string]?.variables).toEqual({})
  })

  it('on 金融超市 asks for the first page and the facets with the variables the page sends first', () => {
    const { requests, registry } = runScript('/pages/market/index')
    expect(requests.map((request) => JSON.parse(request.init.body))).toEqual([
      bodyOf(MarketProductsDocument, firstMarketVariables),
      bodyOf(MarketFacetsDocument, { filter: firstMarketVariables.filter }),
    ])
    expect(registry?.[MarketProductsDocument.__meta__?.hash as string]?.variables).toEqual(firstMarketVariables)
    expect(registry?.[MarketFacetsDocument.__meta__?.hash as string]?.variables).toEqual({ filter: firstMarketVariables.filter })
  })

  it('files each answer with its status once it has arrived', async () => {
    const { registry } = runScript('/', { answer: { status: 429, body: { errors: [{ message: '请求过于频繁', extensions: { code: 'RATE_LIMITED' } }] } } })
    const entry = registry?.[HomeBannersDocument.__meta__?.hash as string]
    expect(entry?.settled).toBeUndefined()
    await entry?.response
    expect(entry?.settled).toEqual({ statusCode: 429, data: { errors: [{ message: '请求过于频繁', extensions: { code: 'RATE_LIMITED' } }] } })
  })

  it('does nothing on other pages or without fetch', () => {
    expect(runScript('/packages/product/detail/index')).toEqual({ requests: [], registry: undefined })
    expect(runScript('/pages/market/index/extra')).toEqual({ requests: [], registry: undefined })
    expect(runScript('/', { withFetch: false }).registry).toBeUndefined()
  })

  it('files the responses where the app looks for them', () => {
    expect(PRELOAD_REGISTRY).toBe(APP_REGISTRY)
  })

  it('lists only queries that are on the safelist', () => {
    const operations = new Map(Object.values(safelist).map((text) => [getOperationAST(parse(text))?.name?.value, getOperationAST(parse(text))?.operation]))
    for (const page of PRELOADED_PAGES) {
      for (const { name } of page.operations) expect([name, operations.get(name)]).toEqual([name, 'query'])
    }
  })

  it('refuses to build with an operation the safelist does not have', () => {
    const pages = [{ paths: ['/'], operations: [{ name: 'NoSuchOperation' }] }]
    expect(() => preloadScript({ apiUrl: '/graphql', safelist, pages })).toThrow(/NoSuchOperation/)
  })

  it('keeps a closing script tag in the data from ending the inline script', () => {
    const script = preloadScript({ apiUrl: '/graphql</script><script>alert(1)//', safelist })
    expect(script).not.toContain('</script')
    expect(script).toContain('\\u003c/script>')
  })
})
