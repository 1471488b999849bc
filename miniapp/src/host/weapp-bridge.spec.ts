import { HostBridgeError } from './host-bridge'
import { currentSharePayload } from './share-payload'
import { createWeappBridge, parseCivicServiceId, type MiniProgramApi } from './weapp-bridge'

function fakeApi(overrides: Partial<MiniProgramApi> = {}): MiniProgramApi {
  return {
    login: jest.fn().mockResolvedValue({ code: 'wx-code' }),
    navigateToMiniProgram: jest.fn().mockResolvedValue({}),
    showShareMenu: jest.fn().mockResolvedValue({}),
    showToast: jest.fn().mockResolvedValue({}),
    ...overrides,
  }
}

describe('weapp bridge', () => {
  it('gets the auth code from login', async () => {
    await expect(createWeappBridge(fakeApi()).getAuthCode()).resolves.toBe('wx-code')
  })

  it('reports a failed login as HOST_ERROR', async () => {
    const bridge = createWeappBridge(fakeApi({ login: () => Promise.reject({ errMsg: 'login:fail' }) }))
    await expect(bridge.getAuthCode()).rejects.toMatchObject({ code: 'HOST_ERROR', message: '获取登录凭证失败，请重试' })
  })

  it('says plainly that face verification needs 皖事通', async () => {
    const error = await createWeappBridge(fakeApi())
      .startFaceVerification({ certifyId: 'c1', verifyUrl: 'u' })
      .catch((cause: unknown) => cause)
    expect(error).toBeInstanceOf(HostBridgeError)
    expect(error).toMatchObject({ code: 'NOT_AVAILABLE' })
  })

  it('opens a civic service as another mini-program, with an optional page', async () => {
    const api = fakeApi()
    const bridge = createWeappBridge(api)
    await bridge.openCivicService('wx1234567890abcdef:pages/pay/index')
    expect(api.navigateToMiniProgram).toHaveBeenCalledWith({ appId: 'wx1234567890abcdef', path: 'pages/pay/index' })
  })

  it('treats a cancelled jump as CANCELLED', async () => {
    const bridge = createWeappBridge(
      fakeApi({ navigateToMiniProgram: () => Promise.reject({ errMsg: 'navigateToMiniProgram:fail cancel' }) }),
    )
    await expect(bridge.openCivicService('wx1')).rejects.toMatchObject({ code: 'CANCELLED' })
  })

  it('rejects malformed service ids before calling the host', async () => {
    expect(() => parseCivicServiceId('')).toThrow(HostBridgeError)
    expect(() => parseCivicServiceId('wx 1')).toThrow('便民服务编号无效')
    expect(parseCivicServiceId('wx1')).toEqual({ appId: 'wx1' })
  })

  it('enables the share menu and leaves the payload for onShareAppMessage', async () => {
    const api = fakeApi()
    await createWeappBridge(api).share({ title: '税易贷', path: '/packages/product/detail/index?id=p1' })
    expect(api.showShareMenu).toHaveBeenCalledWith({ withShareTicket: true })
    expect(currentSharePayload()).toEqual({ title: '税易贷', path: '/packages/product/detail/index?id=p1' })
  })
})
