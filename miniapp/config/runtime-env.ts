/** Default GraphQL endpoint per platform: H5 is served by the BFF itself, mini-programs need an absolute URL. */
const DEFAULT_API_URL: Record<string, string> = {
  h5: '/graphql',
  weapp: 'http://127.0.0.1:4000/graphql',
  alipay: 'http://127.0.0.1:4000/graphql',
}
const DEFAULT_MOCK_URL = 'http://127.0.0.1:4100'

/**
 * Values baked into the bundle as `process.env.TARO_APP_*`. Taro only reads these from .env files,
 * so build-time shell variables are forwarded here explicitly.
 */
export function resolveRuntimeEnv(platform: string, env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const apiUrl = env.TARO_APP_API_URL || DEFAULT_API_URL[platform] || DEFAULT_API_URL.weapp
  const mockUrl = env.TARO_APP_MOCK_URL || env.MOCK_SERVER_URL || DEFAULT_MOCK_URL
  return {
    TARO_APP_API_URL: JSON.stringify(apiUrl),
    TARO_APP_MOCK_URL: JSON.stringify(mockUrl),
  }
}
