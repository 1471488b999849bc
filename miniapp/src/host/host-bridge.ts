export type FaceVerificationStatus = 'PASSED' | 'FAILED' | 'CANCELLED'

export type HostBridgeName = 'wanshitong' | 'weapp' | 'h5-dev'

export interface FaceVerificationInput {
  /** The provider's id for this verification order, created by the BFF. */
  certifyId: string
  /** The provider's H5 page, for hosts that show verification in a web view. */
  verifyUrl: string
}

export interface ShareInput {
  title: string
  /** An app path such as `/packages/product/detail/index?id=…`. */
  path: string
}

/** What the app needs from the app that hosts it (皖事通, WeChat, or a desktop browser). */
export interface HostBridge {
  readonly name: HostBridgeName
  /** A one-time code the BFF exchanges at the identity provider's token endpoint. */
  getAuthCode(): Promise<string>
  startFaceVerification(input: FaceVerificationInput): Promise<{ status: FaceVerificationStatus }>
  openCivicService(serviceId: string): Promise<void>
  share(input: ShareInput): Promise<void>
}

export type HostBridgeErrorCode =
  /** The host has no such capability in this environment or version. */
  | 'NOT_AVAILABLE'
  /** The user closed the host's dialog. */
  | 'CANCELLED'
  /** The host tried and failed. */
  | 'HOST_ERROR'
  /** The arguments cannot be used (for example an unknown service id). */
  | 'INVALID_ARGUMENT'

export class HostBridgeError extends Error {
  readonly code: HostBridgeErrorCode

  constructor(code: HostBridgeErrorCode, message: string) {
    super(message)
    Object.setPrototypeOf(this, HostBridgeError.prototype)
    this.name = 'HostBridgeError'
    this.code = code
  }
}

/** Reads a mini-program style failure (`{ errMsg: '…:fail cancel' }`) as cancelled or failed. */
export function hostFailure(cause: unknown, message: string): HostBridgeError {
  if (cause instanceof HostBridgeError) return cause
  const errMsg = typeof cause === 'object' && cause !== null ? String((cause as { errMsg?: unknown }).errMsg ?? '') : ''
  if (/cancel/i.test(errMsg)) return new HostBridgeError('CANCELLED', '已取消')
  return new HostBridgeError('HOST_ERROR', message)
}
