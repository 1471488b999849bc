import { resolveRuntimeEnv } from './runtime-env'

describe('resolveRuntimeEnv', () => {
  it('serves H5 from the same origin and points mini-programs at the local BFF by default', () => {
    expect(resolveRuntimeEnv('h5', {}).TARO_APP_API_URL).toBe('"/graphql"')
    expect(resolveRuntimeEnv('weapp', {}).TARO_APP_API_URL).toBe('"http://127.0.0.1:4000/graphql"')
    expect(resolveRuntimeEnv('alipay', {}).TARO_APP_MOCK_URL).toBe('"http://127.0.0.1:4100"')
  })

  it('lets build-time variables override the defaults', () => {
    const env = resolveRuntimeEnv('weapp', {
      TARO_APP_API_URL: 'https://rongtong.example.test/graphql',
      MOCK_SERVER_URL: 'http://10.0.0.5:4100',
    })
    expect(env).toEqual({
      TARO_APP_API_URL: '"https://rongtong.example.test/graphql"',
      TARO_APP_MOCK_URL: '"http://10.0.0.5:4100"',
    })
  })
})
