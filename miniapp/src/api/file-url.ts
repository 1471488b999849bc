import { API_URL } from './endpoint'

/**
 * The address of a path the BFF serves (uploads under /api/files/…), from the GraphQL endpoint's origin:
 * relative on H5 (same origin), absolute where TARO_APP_API_URL is absolute (mini-programs).
 * Other paths (the H5 build's own /assets/…) are returned unchanged.
 */
export function bffUrl(path: string, apiUrl: string = API_URL): string {
  if (!path.startsWith('/api/')) return path
  const origin = apiUrl.replace(/\/graphql\/?$/, '')
  return `${origin}${path}`
}
