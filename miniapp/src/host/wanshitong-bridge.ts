import { HostBridgeError, hostFailure, type HostBridge } from './host-bridge'
import type { WanshitongJsApi } from './wanshitong-jsapi'

function missing(feature: string): HostBridgeError {
  return new HostBridgeError('NOT_AVAILABLE', `当前皖事通版本不支持${feature}，请升级后重试`)
}

/** HostBridge over the 皖事通 JSAPI (see wanshitong-jsapi.ts for the expected surface). */
export function createWanshitongBridge(api: WanshitongJsApi): HostBridge {
  return {
    name: 'wanshitong',
    async getAuthCode() {
      if (!api.getAuthCode) throw missing('统一身份认证授权')
      try {
        const { authCode } = await api.getAuthCode({})
        if (!authCode) throw new HostBridgeError('HOST_ERROR', '皖事通未返回授权码，请重试')
        return authCode
      } catch (cause) {
        throw hostFailure(cause, '皖事通授权失败，请重试')
      }
    },
    async startFaceVerification({ certifyId, verifyUrl }) {
      if (!api.startFaceVerify) throw missing('人脸核验')
      try {
        const { status } = await api.startFaceVerify({ certifyId, url: verifyUrl })
        return { status }
      } catch (cause) {
        const failure = hostFailure(cause, '人脸核验未能完成，请重试')
        if (failure.code === 'CANCELLED') return { status: 'CANCELLED' }
        throw failure
      }
    },
    async openCivicService(serviceId) {
      if (!api.openService) throw missing('打开便民服务')
      try {
        await api.openService({ serviceId })
      } catch (cause) {
        throw hostFailure(cause, '便民服务暂时无法打开，请稍后重试')
      }
    },
    async share(input) {
      if (!api.share) throw missing('分享')
      try {
        await api.share(input)
      } catch (cause) {
        throw hostFailure(cause, '分享失败，请重试')
      }
    },
  }
}
