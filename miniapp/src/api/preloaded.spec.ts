import { ErrorCode } from '@rongtong/shared'
import { ApiError } from './api-error'
import type { TypedDocument } from './client'
import { PRELOAD_REGISTRY, takePreloaded } from './preloaded'

type Banners = { homeBanners: Array<{ id: string }> }
type Variables = { filter: { keyword?: string }; first: number }

const DOCUMENT = { toString: () => '', __meta__: { operationName: 'Rows', hash: 'abc123' } } as TypedDocument<Banners, Variables>
const VARIABLES: Variables = { first: 20, filter: {} }
const globals = globalThis as unknown as { window?: Record<string, unknown> }

/** Files one response as index.html's script does, settled or still on its way. */
function preload(variables: unknown, answer: { statusCode: number; data: unknown }, { settled }: { settled: boolean }) {
  const registry = (globals.window?.[PRELOAD_REGISTRY] ?? {}) as Record<string, unknown>
  globals.window = { [PRELOAD_REGISTRY]: registry }
  registry.abc123 = { variables, settled: settled ? answer : undefined, response: Promise.resolve(answer) }
}

afterEach(() => {
  delete globals.window
})

describe('takePreloaded', () => {
  const answer = { statusCode: 200, data: { data: { homeBanners: [{ id: 'b1' }] } } }

  it('hands out an arrived response as data for the first render, once', async () => {
    preload({ filter: {}, first: 20 }, answer, { settled: true })
    const preloaded = takePreloaded(DOCUMENT, VARIABLES)
    expect(preloaded?.data).toEqual({ homeBanners: [{ id: 'b1' }] })
    await expect(preloaded?.response).resolves.toEqual({ homeBanners: [{ id: 'b1' }] })
    expect(takePreloaded(DOCUMENT, VARIABLES)).toBeUndefined()
  })

  it('hands out a response still on its way as a promise of the data', async () => {
    preload(VARIABLES, answer, { settled: false })
    const preloaded = takePreloaded(DOCUMENT, VARIABLES)
    expect(preloaded?.data).toBeUndefined()
    await expect(preloaded?.response).resolves.toEqual({ homeBanners: [{ id: 'b1' }] })
  })

  it('matches the variables by value, whatever the order of their keys', () => {
    preload({ first: 20, filter: {} }, answer, { settled: true })
    expect(takePreloaded(DOCUMENT, { filter: {}, first: 20 })).toBeDefined()
  })

  it('has nothing for other variables, another operation, a document without hash or without the script', () => {
    preload(VARIABLES, answer, { settled: true })
    expect(takePreloaded(DOCUMENT, { filter: { keyword: '税' }, first: 20 })).toBeUndefined()
    expect(takePreloaded({ ...DOCUMENT, __meta__: { hash: 'other' } } as TypedDocument<Banners, Variables>, VARIABLES)).toBeUndefined()
    expect(takePreloaded({ toString: () => 'query Rows { a }' } as TypedDocument<Banners, Variables>, VARIABLES)).toBeUndefined()
    delete globals.window
    expect(takePreloaded(DOCUMENT, VARIABLES)).toBeUndefined()
  })

  it('gives no data for an error answer and lets the response fail as a request would', async () => {
    const refused = { statusCode: 429, data: { errors: [{ message: '请求过于频繁', extensions: { code: 'RATE_LIMITED' } }] } }
    preload(VARIABLES, refused, { settled: true })
    const preloaded = takePreloaded(DOCUMENT, VARIABLES)
    expect(preloaded?.data).toBeUndefined()
    await expect(preloaded?.response).rejects.toEqual(expect.objectContaining({ code: ErrorCode.RATE_LIMITED }))
    await expect(preloaded?.response).rejects.toBeInstanceOf(ApiError)
  })
})
