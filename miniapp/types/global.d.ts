/// <reference types="@tarojs/taro" />

declare module '*.png' {
  const src: string
  export default src
}
declare module '*.scss'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    /** Build target, set by the Taro CLI and inlined into the bundle. */
    TARO_ENV: 'weapp' | 'alipay' | 'h5' | 'swan' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony'
    /** GraphQL endpoint, inlined at build time (see config/runtime-env.ts). */
    TARO_APP_API_URL?: string
    /** mock-server base URL used by the H5 development host bridge. */
    TARO_APP_MOCK_URL?: string
  }
}
