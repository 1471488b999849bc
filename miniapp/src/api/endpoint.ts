/** Inlined at build time from TARO_APP_API_URL (see config/runtime-env.ts). */
export const API_URL: string = process.env.TARO_APP_API_URL || '/graphql'

/** mock-server, for the H5 development host bridge; inlined from TARO_APP_MOCK_URL. */
export const MOCK_SERVER_URL: string = process.env.TARO_APP_MOCK_URL || 'http://127.0.0.1:4100'

/**
 * Production builds (H5, weapp, alipay) send each operation as the SHA-256 of its text, which the BFF looks up on
 * the safelist generated with the typed documents (shared/persisted-operations.json); development builds and the
 * tests send the text. Inlined at build time: Taro sets NODE_ENV to production for `taro build` without --watch.
 */
export const SEND_PERSISTED_OPERATIONS: boolean = process.env.NODE_ENV === 'production'
