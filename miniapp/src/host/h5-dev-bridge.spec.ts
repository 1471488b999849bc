import { createH5DevBridge, type BrowserApi } from './h5-dev-bridge'

type FetchReply = Awaited<ReturnType<BrowserApi['fetch']>>

function reply(status: number, body: unknown): FetchReply {
  return { ok: status >= 200 && status < 300, status, json: async () => body }
}

function fakeBrowser(fetchReply: () => Promise<FetchReply>) {
  const opened: string[] = []
  const copied: string[] = []
  const fetchCalls: { url: string; body: string }[] = []
  const browser: BrowserApi = {
    fetch: async (url, init) => {
      fetchCalls.push({ url, body: init.body })
      return fetchReply()
    },
    open: (url) => {
      opened.push(url)
    },
    copyText: async (text) => {
      copied.push(text)
    },
    origin: 'http://127.0.0.1:4000',
  }
  return { browser, opened, copied, fetchCalls }
}

const MOCK_URL = 'http://127.0.0.1:4100/'

describe('h5-dev bridge', () => {
  it("asks mock-server's dev endpoint for a host auth code, as 皖事通's silent login would", async () => {
    const { browser, fetchCalls } = fakeBrowser(async () => reply(200, { code: 'host-code-1' }))
    await expect(createH5DevBridge(MOCK_URL, browser).getAuthCode()).resolves.toBe('host-code-1')
    expect(fetchCalls).toEqual([{ url: 'http://127.0.0.1:4100/dev/host/auth-code', body: '{}' }])
  })

  it('reports a stopped mock-server or a missing code clearly', async () => {
    const stopped = fakeBrowser(() => Promise.reject(new TypeError('Failed to fetch')))
    await expect(createH5DevBridge(MOCK_URL, stopped.browser).getAuthCode()).rejects.toMatchObject({
      name: 'HostBridgeError',
      code: 'NOT_AVAILABLE',
      message: '统一身份认证模拟服务未启动，请先启动 mock-server',
    })
    const empty = fakeBrowser(async () => reply(200, {}))
    await expect(createH5DevBridge(MOCK_URL, empty.browser).getAuthCode()).rejects.toMatchObject({ code: 'HOST_ERROR' })
  })

  it("asks mock-server's dev endpoint for the face verification result", async () => {
    const { browser, fetchCalls } = fakeBrowser(async () => reply(200, { status: 'FAILED' }))
    const result = await createH5DevBridge(MOCK_URL, browser).startFaceVerification({ certifyId: 'c1', verifyUrl: 'https://v/c1' })
    expect(result).toEqual({ status: 'FAILED' })
    expect(fetchCalls).toEqual([
      { url: 'http://127.0.0.1:4100/dev/host/face-verification', body: JSON.stringify({ certifyId: 'c1', verifyUrl: 'https://v/c1' }) },
    ])
  })

  it('reports a missing endpoint or a stopped mock-server as NOT_AVAILABLE', async () => {
    const missing = fakeBrowser(async () => reply(404, {}))
    await expect(
      createH5DevBridge(MOCK_URL, missing.browser).startFaceVerification({ certifyId: 'c1', verifyUrl: 'u' }),
    ).rejects.toMatchObject({ code: 'NOT_AVAILABLE' })
    const stopped = fakeBrowser(() => Promise.reject(new TypeError('Failed to fetch')))
    await expect(
      createH5DevBridge(MOCK_URL, stopped.browser).startFaceVerification({ certifyId: 'c1', verifyUrl: 'u' }),
    ).rejects.toMatchObject({ code: 'NOT_AVAILABLE', message: '人脸核验模拟服务未启动，请先启动 mock-server' })
  })

  it('rejects a result it does not understand', async () => {
    const { browser } = fakeBrowser(async () => reply(200, { status: 'MAYBE' }))
    await expect(
      createH5DevBridge(MOCK_URL, browser).startFaceVerification({ certifyId: 'c1', verifyUrl: 'u' }),
    ).rejects.toMatchObject({ code: 'HOST_ERROR' })
  })

  it("opens civic services on mock-server's dev page", async () => {
    const { browser, opened } = fakeBrowser(async () => reply(200, {}))
    await createH5DevBridge(MOCK_URL, browser).openCivicService('utility-bill')
    expect(opened).toEqual(['http://127.0.0.1:4100/dev/host/civic-services/utility-bill'])
    await expect(createH5DevBridge(MOCK_URL, browser).openCivicService('../admin')).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    })
  })

  it('shares by copying the title and a link to the page', async () => {
    const { browser, copied } = fakeBrowser(async () => reply(200, {}))
    await createH5DevBridge(MOCK_URL, browser).share({ title: '税易贷', path: '/packages/product/detail/index?id=p1' })
    expect(copied).toEqual(['税易贷 http://127.0.0.1:4000/packages/product/detail/index?id=p1'])
  })
})
