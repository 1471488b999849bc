import { ErrorCode } from '@rongtong/shared'
import { ApiError } from './api-error'
import { createGraphQLClient, type HttpPost, type HttpPostRequest } from './client'
import { ProductDetailDocument } from '../gql/graphql'

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
    const client = createGraphQLClient({ url: 'https://api.example.test/graphql', post, timeoutMs: 5000 })

    const result = await client.execute(ProductDetailDocument, { id: 'p1' })

    expect(result).toEqual({ product: { id: 'p1' } })
    expect(requests).toHaveLength(1)
    expect(requests[0].url).toBe('https://api.example.test/graphql')
    expect(requests[0].timeoutMs).toBe(5000)
    expect(requests[0].body.variables).toEqual({ id: 'p1' })
    expect(requests[0].body.query).toContain('query ProductDetail($id: ID!)')
    expect(requests[0].body.query).toContain('fragment ProductCardFields on Product')
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
