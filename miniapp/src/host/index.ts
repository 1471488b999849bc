import Taro from '@tarojs/taro'
import { MOCK_SERVER_URL } from '@/api/endpoint'
import { detectHostBridge, type HostBridgeFactories } from './detect'
import { createH5DevBridge, type BrowserApi } from './h5-dev-bridge'
import type { HostBridge } from './host-bridge'
import { createWanshitongBridge } from './wanshitong-bridge'
import { createWeappBridge } from './weapp-bridge'

export { HostBridgeError } from './host-bridge'
export type { FaceVerificationStatus, HostBridge, HostBridgeName, ShareInput } from './host-bridge'
export { currentSharePayload } from './share-payload'

function browserApi(): BrowserApi {
  return {
    fetch: (url, init) => window.fetch(url, init),
    open: (url) => {
      window.open(url, '_blank', 'noopener')
    },
    copyText: async (text) => {
      await Taro.setClipboardData({ data: text })
    },
    origin: window.location.origin,
  }
}

const factories: HostBridgeFactories = {
  wanshitong: createWanshitongBridge,
  weapp: () =>
    createWeappBridge({
      login: () => Taro.login(),
      navigateToMiniProgram: (options) => Taro.navigateToMiniProgram(options),
      showShareMenu: (options) => Taro.showShareMenu(options),
      showToast: (options) => Taro.showToast(options),
    }),
  h5Dev: () => createH5DevBridge(MOCK_SERVER_URL, browserApi()),
}

let bridge: HostBridge | undefined

/** The bridge for the host this build runs in, chosen once on first use. */
export function hostBridge(): HostBridge {
  const globalObject = typeof globalThis === 'undefined' ? undefined : globalThis
  bridge ??= detectHostBridge({ taroEnv: process.env.TARO_ENV, globalObject }, factories)
  return bridge
}
