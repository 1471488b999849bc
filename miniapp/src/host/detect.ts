import type { HostBridge, HostBridgeName } from './host-bridge'
import { findWanshitongJsApi, type WanshitongJsApi } from './wanshitong-jsapi'

export interface HostEnvironment {
  /** The build target (process.env.TARO_ENV). */
  taroEnv: string
  /** Where a host injects its JSAPI: `window` in a web view, `globalThis` in a mini-program. */
  globalObject: unknown
}

export interface HostBridgeFactories {
  wanshitong(api: WanshitongJsApi): HostBridge
  weapp(): HostBridge
  h5Dev(): HostBridge
}

/** 皖事通 wins wherever its JSAPI is present; otherwise the build target decides. */
export function detectHostBridgeName(environment: HostEnvironment): HostBridgeName {
  if (findWanshitongJsApi(environment.globalObject)) return 'wanshitong'
  return environment.taroEnv === 'h5' ? 'h5-dev' : 'weapp'
}

export function detectHostBridge(environment: HostEnvironment, factories: HostBridgeFactories): HostBridge {
  const api = findWanshitongJsApi(environment.globalObject)
  if (api) return factories.wanshitong(api)
  return environment.taroEnv === 'h5' ? factories.h5Dev() : factories.weapp()
}
