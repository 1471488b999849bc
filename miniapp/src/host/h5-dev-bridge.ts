import { HostBridgeError, type FaceVerificationStatus, type HostBridge } from './host-bridge'

/** Browser capabilities the development bridge uses, injectable for tests. */
export interface BrowserApi {
  fetch(url: string, init: { method: 'POST'; headers: Record<string, string>; body: string }): Promise<{
    ok: boolean
    status: number
    json(): Promise<unknown>
  }>
  open(url: string): void
  /** Copies text for the user; resolves when done. */
  copyText(text: string): Promise<void>
  /** The page's origin, used to turn an app path into a link. */
  origin: string
}

const FACE_STATUSES: readonly FaceVerificationStatus[] = ['PASSED', 'FAILED', 'CANCELLED']

function readFaceStatus(body: unknown): FaceVerificationStatus {
  const status = typeof body === 'object' && body !== null ? (body as { status?: unknown }).status : undefined
  const match = FACE_STATUSES.find((candidate) => candidate === status)
  if (!match) throw new HostBridgeError('HOST_ERROR', '人脸核验模拟服务返回了无法识别的结果')
  return match
}

function readAuthCode(body: unknown): string {
  const code = typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined
  if (typeof code !== 'string' || code === '') throw new HostBridgeError('HOST_ERROR', '统一身份认证模拟服务未返回授权码')
  return code
}

type FetchResponse = Awaited<ReturnType<BrowserApi['fetch']>>

/** POSTs JSON to mock-server; a refused connection means mock-server is not running. */
async function postJson(browser: BrowserApi, url: string, body: unknown, offlineMessage: string): Promise<FetchResponse> {
  try {
    return await browser.fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  } catch {
    throw new HostBridgeError('NOT_AVAILABLE', offlineMessage)
  }
}

/**
 * HostBridge for the H5 build in a desktop or mobile browser during development: the host's
 * capabilities are simulated by mock-server's dev endpoints (see README, "HostBridge").
 */
export function createH5DevBridge(mockServerUrl: string, browser: BrowserApi): HostBridge {
  const base = mockServerUrl.replace(/\/+$/, '')
  return {
    name: 'h5-dev',
    async getAuthCode() {
      const response = await postJson(browser, `${base}/dev/host/auth-code`, {}, '统一身份认证模拟服务未启动，请先启动 mock-server')
      if (response.status === 404) throw new HostBridgeError('NOT_AVAILABLE', '开发环境暂未接入统一身份认证')
      if (!response.ok) throw new HostBridgeError('HOST_ERROR', '统一身份认证模拟服务出错，请重试')
      return readAuthCode(await response.json())
    },
    async startFaceVerification({ certifyId, verifyUrl }) {
      const response = await postJson(
        browser,
        `${base}/dev/host/face-verification`,
        { certifyId, verifyUrl },
        '人脸核验模拟服务未启动，请先启动 mock-server',
      )
      if (response.status === 404) throw new HostBridgeError('NOT_AVAILABLE', '开发环境暂未接入人脸核验')
      if (!response.ok) throw new HostBridgeError('HOST_ERROR', '人脸核验模拟服务出错，请重试')
      return { status: readFaceStatus(await response.json()) }
    },
    async openCivicService(serviceId) {
      if (!/^[A-Za-z0-9_:-]+$/.test(serviceId)) throw new HostBridgeError('INVALID_ARGUMENT', '便民服务编号无效')
      browser.open(`${base}/dev/host/civic-services/${encodeURIComponent(serviceId)}`)
    },
    async share({ title, path }) {
      const link = `${browser.origin}${path.startsWith('/') ? path : `/${path}`}`
      try {
        await browser.copyText(`${title} ${link}`)
      } catch {
        throw new HostBridgeError('HOST_ERROR', '复制链接失败，请手动复制地址栏链接')
      }
    },
  }
}
