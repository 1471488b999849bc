import Taro from '@tarojs/taro'
import type { KeyValueStorage } from './token-store'

/** Taro storage: localStorage in H5, the mini-program's own storage elsewhere. */
export const taroStorage: KeyValueStorage = {
  get(key) {
    try {
      return Taro.getStorageSync(key)
    } catch {
      return undefined
    }
  },
  set(key, value) {
    Taro.setStorageSync(key, value)
  },
  remove(key) {
    Taro.removeStorageSync(key)
  },
}
