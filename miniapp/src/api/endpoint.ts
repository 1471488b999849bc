/** Inlined at build time from TARO_APP_API_URL (see config/runtime-env.ts). */
export const API_URL: string = process.env.TARO_APP_API_URL || '/graphql'

/** mock-server, for the H5 development host bridge; inlined from TARO_APP_MOCK_URL. */
export const MOCK_SERVER_URL: string = process.env.TARO_APP_MOCK_URL || 'http://127.0.0.1:4100'
