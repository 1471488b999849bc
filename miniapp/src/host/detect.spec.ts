import { detectHostBridge, detectHostBridgeName, type HostBridgeFactories } from './detect'
import type { HostBridge, HostBridgeName } from './host-bridge'
import type { WanshitongJsApi } from './wanshitong-jsapi'

function fakeBridge(name: HostBridgeName): HostBridge {
  const unused = () => Promise.reject(new Error('not used in this test'))
  return { name, getAuthCode: unused, startFaceVerification: unused, openCivicService: unused, share: unused }
}

function recordingFactories() {
  const received: WanshitongJsApi[] = []
  const factories: HostBridgeFactories = {
    wanshitong: (api) => {
      received.push(api)
      return fakeBridge('wanshitong')
    },
    weapp: () => fakeBridge('weapp'),
    h5Dev: () => fakeBridge('h5-dev'),
  }
  return { factories, received }
}

describe('detectHostBridge', () => {
  const wst: WanshitongJsApi = { version: '5.2.0' }

  it('uses the 皖事通 JSAPI wherever the container injected it', () => {
    for (const taroEnv of ['h5', 'weapp', 'alipay']) {
      const { factories, received } = recordingFactories()
      expect(detectHostBridge({ taroEnv, globalObject: { wst } }, factories).name).toBe('wanshitong')
      expect(received).toEqual([wst])
    }
  })

  it('uses the mini-program bridge in weapp and alipay builds without 皖事通', () => {
    const { factories } = recordingFactories()
    expect(detectHostBridge({ taroEnv: 'weapp', globalObject: {} }, factories).name).toBe('weapp')
    expect(detectHostBridge({ taroEnv: 'alipay', globalObject: {} }, factories).name).toBe('weapp')
  })

  it('uses the development bridge in a plain browser', () => {
    const { factories } = recordingFactories()
    expect(detectHostBridge({ taroEnv: 'h5', globalObject: { location: {} } }, factories).name).toBe('h5-dev')
  })

  it('ignores a `wst` global that is not an object', () => {
    expect(detectHostBridgeName({ taroEnv: 'h5', globalObject: { wst: 'yes' } })).toBe('h5-dev')
    expect(detectHostBridgeName({ taroEnv: 'weapp', globalObject: { wst: null } })).toBe('weapp')
    expect(detectHostBridgeName({ taroEnv: 'weapp', globalObject: undefined })).toBe('weapp')
  })
})
