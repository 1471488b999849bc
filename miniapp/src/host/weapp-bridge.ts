import { HostBridgeError, hostFailure, type HostBridge } from './host-bridge'
import { rememberSharePayload } from './share-payload'

/** The mini-program APIs the bridge uses; Taro maps them to wx.* / my.* per platform. */
export interface MiniProgramApi {
  login(): Promise<{ code: string }>
  navigateToMiniProgram(options: { appId: string; path?: string }): Promise<unknown>
  showShareMenu(options: { withShareTicket: boolean }): Promise<unknown>
  showToast(options: { title: string; icon: 'none' }): Promise<unknown>
}

/** `wx1234…` or `wx1234…:pages/service/index` — the civic service's mini-program and optional page. */
export function parseCivicServiceId(serviceId: string): { appId: string; path?: string } {
  const [appId, ...rest] = serviceId.split(':')
  if (!appId || !/^[A-Za-z0-9_-]+$/.test(appId)) {
    throw new HostBridgeError('INVALID_ARGUMENT', '便民服务编号无效')
  }
  const path = rest.join(':')
  return path ? { appId, path } : { appId }
}

/** HostBridge for running as a WeChat / Alipay mini-program outside 皖事通. */
export function createWeappBridge(api: MiniProgramApi): HostBridge {
  return {
    name: 'weapp',
    async getAuthCode() {
      try {
        const { code } = await api.login()
        if (!code) throw new HostBridgeError('HOST_ERROR', '未获取到登录凭证，请重试')
        return code
      } catch (cause) {
        throw hostFailure(cause, '获取登录凭证失败，请重试')
      }
    },
    async startFaceVerification() {
      throw new HostBridgeError('NOT_AVAILABLE', '小程序环境暂不支持人脸核验，请在皖事通中办理')
    },
    async openCivicService(serviceId) {
      const target = parseCivicServiceId(serviceId)
      try {
        await api.navigateToMiniProgram(target)
      } catch (cause) {
        throw hostFailure(cause, '便民服务暂时无法打开，请稍后重试')
      }
    },
    async share(input) {
      rememberSharePayload(input)
      try {
        await api.showShareMenu({ withShareTicket: true })
        await api.showToast({ title: '请点击右上角「···」分享', icon: 'none' })
      } catch (cause) {
        throw hostFailure(cause, '分享失败，请重试')
      }
    },
  }
}
