import { HostBridgeError } from './host-bridge'
import { createWanshitongBridge } from './wanshitong-bridge'
import type { WanshitongJsApi } from './wanshitong-jsapi'

async function rejection(promise: Promise<unknown>): Promise<HostBridgeError> {
  const error = await promise.then(
    () => undefined,
    (cause: unknown) => cause,
  )
  if (!(error instanceof HostBridgeError)) throw new Error(`expected a HostBridgeError, got ${String(error)}`)
  return error
}

describe('wanshitong bridge', () => {
  it('returns the auth code from the JSAPI', async () => {
    const getAuthCode = jest.fn().mockResolvedValue({ authCode: 'code-123' })
    const bridge = createWanshitongBridge({ getAuthCode })
    await expect(bridge.getAuthCode()).resolves.toBe('code-123')
    expect(bridge.name).toBe('wanshitong')
  })

  it('rejects with NOT_AVAILABLE for every method an older container lacks', async () => {
    const bridge = createWanshitongBridge({ version: '3.0.0' })
    const calls = [
      bridge.getAuthCode(),
      bridge.startFaceVerification({ certifyId: 'c1', verifyUrl: 'https://face.example.test/v/c1' }),
      bridge.openCivicService('utility-bill'),
      bridge.share({ title: '税易贷', path: '/packages/product/detail/index?id=p1' }),
    ]
    for (const call of calls) {
      const error = await rejection(call)
      expect(error.code).toBe('NOT_AVAILABLE')
      expect(error.message).toMatch(/^当前皖事通版本不支持/)
    }
  })

  it('passes the order to face verification and returns its status', async () => {
    const startFaceVerify = jest.fn().mockResolvedValue({ status: 'PASSED' })
    const bridge = createWanshitongBridge({ startFaceVerify })
    await expect(
      bridge.startFaceVerification({ certifyId: 'c1', verifyUrl: 'https://face.example.test/v/c1' }),
    ).resolves.toEqual({ status: 'PASSED' })
    expect(startFaceVerify).toHaveBeenCalledWith({ certifyId: 'c1', url: 'https://face.example.test/v/c1' })
  })

  it('reports a face verification the user backed out of as CANCELLED', async () => {
    const bridge = createWanshitongBridge({ startFaceVerify: () => Promise.reject({ errMsg: 'startFaceVerify:fail cancel' }) })
    await expect(bridge.startFaceVerification({ certifyId: 'c1', verifyUrl: 'u' })).resolves.toEqual({ status: 'CANCELLED' })
  })

  it('wraps host failures in a HostBridgeError with a Chinese message', async () => {
    const api: WanshitongJsApi = {
      getAuthCode: () => Promise.reject({ errMsg: 'getAuthCode:fail system error' }),
      openService: () => Promise.reject(new Error('boom')),
    }
    const bridge = createWanshitongBridge(api)
    expect(await rejection(bridge.getAuthCode())).toMatchObject({ code: 'HOST_ERROR', message: '皖事通授权失败，请重试' })
    expect(await rejection(bridge.openCivicService('x'))).toMatchObject({ code: 'HOST_ERROR' })
  })

  it('rejects an empty auth code instead of passing it on', async () => {
    const bridge = createWanshitongBridge({ getAuthCode: () => Promise.resolve({ authCode: '' }) })
    expect((await rejection(bridge.getAuthCode())).code).toBe('HOST_ERROR')
  })

  it('forwards civic service ids and share payloads unchanged', async () => {
    const openService = jest.fn().mockResolvedValue(undefined)
    const share = jest.fn().mockResolvedValue(undefined)
    const bridge = createWanshitongBridge({ openService, share })
    await bridge.openCivicService('utility-bill')
    await bridge.share({ title: '税易贷', path: '/p' })
    expect(openService).toHaveBeenCalledWith({ serviceId: 'utility-bill' })
    expect(share).toHaveBeenCalledWith({ title: '税易贷', path: '/p' })
  })
})
