/**
 * The JSAPI surface Rongtong expects the 皖事通 container to inject as `window.wst` (H5 web view)
 * or the global `wst` (mini-program runtime). Every method is optional because older container
 * versions lack some of them; the adapter rejects with NOT_AVAILABLE when one is missing.
 * Results follow the container's convention: a promise that rejects with `{ errMsg }`, where an
 * errMsg containing "cancel" means the user backed out.
 */
export interface WanshitongJsApi {
  /** Container version, e.g. "5.2.0". */
  readonly version?: string
  /** Silent authorisation for this service: a one-time code for the unified identity platform. */
  getAuthCode?(options: { appId?: string }): Promise<{ authCode: string }>
  /** Shows the provider's face verification for an order the server created. */
  startFaceVerify?(options: { certifyId: string; url: string }): Promise<{ status: 'PASSED' | 'FAILED' | 'CANCELLED' }>
  /** Opens another civic service of the 皖事通 catalogue by its service id. */
  openService?(options: { serviceId: string }): Promise<void>
  /** Opens the container's share sheet. */
  share?(options: { title: string; path: string }): Promise<void>
}

/** The global object where the container's injected JSAPI is looked up. */
export interface WanshitongHostGlobal {
  wst?: WanshitongJsApi
}

export function findWanshitongJsApi(host: unknown): WanshitongJsApi | undefined {
  if (typeof host !== 'object' || host === null) return undefined
  const candidate = (host as WanshitongHostGlobal).wst
  return typeof candidate === 'object' && candidate !== null ? candidate : undefined
}
