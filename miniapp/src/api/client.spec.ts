import { ErrorCode } from '@rongtong/shared'
import { ApiError } from './api-error'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createGraphQLClient, type HttpPost, type HttpPostRequest } from './client'
import { SEND_PERSISTED_OPERATIONS } from './endpoint'
import { ProductDetailDocument, StaffLoginDocument } from '@/gql/graphql'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { request: jest.fn() } }))

function recordingPost(reply: Awaited<ReturnType<HttpPost>>): { post: HttpPost; requests: HttpPostRequest[] } {
  const requests: HttpPostRequest[] = []
  return {
    requests,
    post: async (request) => {
      requests.push(request)
      return reply
    },
  }
}

describe('createGraphQLClient', () => {
  it('posts the generated operation text with its variables to the endpoint', async () => {
    const { post, requests } = recordingPost({ statusCode: 200, data: { data: { product: { id: 'p1' } } } })
    const client = createGraphQLClient({ url: 'https://api.example.test/graphql', post, timeoutMs: 5000, persistedOperations: false })

    const result = await client.execute(ProductDetailDocument, { id: 'p1' })

    expect(result).toEqual({ product: { id: 'p1' } })
    expect(requests).toHaveLength(1)
    expect(requests[0].url).toBe('https://api.example.test/graphql')
    expect(requests[0].timeoutMs).toBe(5000)
    const body = requests[0].body
    expect(body.variables).toEqual({ id: 'p1' })
    expect('query' in body && body.query).toContain('query ProductDetail($id: ID!)')
    expect('query' in body && body.query).toContain('fragment ProductCardFields on Product')
  })

  describe('persisted operations', () => {
    const safelist = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'shared', 'persisted-operations.json'), 'utf8')) as Record<string, string>

    it('sends the hash of the operation, its name and variables — no text — and the safelist of the BFF holds that hash', async () => {
      const { post, requests } = recordingPost({ statusCode: 200, data: { data: { product: { id: 'p1' } } } })
      const client = createGraphQLClient({ url: '/graphql', post, persistedOperations: true })

      await client.execute(ProductDetailDocument, { id: 'p1' })

      const hash = ProductDetailDocument.__meta__?.hash as string
      expect(requests[0].body).toEqual({
        operationName: 'ProductDetail',
        variables: { id: 'p1' },
        extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
      })
      expect(JSON.stringify(requests[0].body)).not.toContain('query ')
      expect(hash).toMatch(/^[0-9a-f]{64}$/)
      expect(createHash('sha256').update(safelist[hash] ?? '').digest('hex')).toBe(hash)
      expect(safelist[hash]).toContain('query ProductDetail($id: ID!)')
    })

    it('sends mutations by hash as well', async () => {
      const { post, requests } = recordingPost({ statusCode: 200, data: { data: { staffLogin: { step: 'DONE' } } } })
      await createGraphQLClient({ url: '/graphql', post, persistedOperations: true }).execute(StaffLoginDocument, {
        username: 'operator',
        password: 'secret',
      })
      expect(requests[0].body).toMatchObject({
        operationName: 'StaffLogin',
        extensions: { persistedQuery: { version: 1, sha256Hash: StaffLoginDocument.__meta__?.hash } },
      })
      expect(safelist[StaffLoginDocument.__meta__?.hash as string]).toContain('mutation StaffLogin($password: String!, $username: String!)')
    })

    it('is what production builds do, and only they', () => {
      // jest runs with NODE_ENV=test; `taro build` inlines production
      expect(process.env.NODE_ENV).toBe('test')
      expect(SEND_PERSISTED_OPERATIONS).toBe(false)
    })
  })

  it('sends the headers asked for with one request', async () => {
    const { post, requests } = recordingPost({ statusCode: 200, data: { data: { product: { id: 'p1' } } } })
    const client = createGraphQLClient({ url: '/graphql', post })
    await client.execute(ProductDetailDocument, { id: 'p1' }, { headers: { authorization: 'Bearer t-1' } })
    await client.execute(ProductDetailDocument, { id: 'p1' })
    expect(requests.map((request) => request.headers)).toEqual([{ authorization: 'Bearer t-1' }, undefined])
  })

  it('turns a failed connection into SERVICE_UNAVAILABLE', async () => {
    const client = createGraphQLClient({
      url: '/graphql',
      post: async () => Promise.reject({ errMsg: 'request:fail timeout' }),
    })
    const error = await client.execute(ProductDetailDocument, { id: 'p1' }).catch((cause: unknown) => cause)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe(ErrorCode.SERVICE_UNAVAILABLE)
    expect((error as ApiError).message).toBe('网络请求超时，请检查网络后重试')
  })

  it('rejects with the server error code, never a bare string', async () => {
    const { post } = recordingPost({
      statusCode: 200,
      data: { data: null, errors: [{ message: '产品不存在', extensions: { code: 'NOT_FOUND' } }] },
    })
    const error = await createGraphQLClient({ url: '/graphql', post })
      .execute(ProductDetailDocument, { id: 'missing' })
      .catch((cause: unknown) => cause)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe(ErrorCode.NOT_FOUND)
    expect((error as ApiError).message).toBe('产品不存在')
  })
})
