/**
 * Codes carried in GraphQL `extensions.code`. The app branches on these, never on message text.
 * BAD_USER_INPUT also carries `extensions.fields`; INTERNAL_SERVER_ERROR carries only a correlation id.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** Too many failed sign-ins; `extensions.lockedUntil` (ISO instant) says when the account unlocks. */
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  /** The session ended (idle timeout, refresh token expired): sign in again; refreshing will not help. */
  SESSION_EXPIRED = 'SESSION_EXPIRED',
  /** HTTP-layer refusals, answered before any handler runs (408, 413, 414, 415, 431). */
  REQUEST_TIMEOUT = 'REQUEST_TIMEOUT',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  URI_TOO_LONG = 'URI_TOO_LONG',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  REQUEST_HEADERS_TOO_LARGE = 'REQUEST_HEADERS_TOO_LARGE',
  /**
   * The operation is not on the safelist of persisted operations: an unknown hash (an app older or newer than the
   * BFF), or operation text where production accepts only hashes.
   */
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  /**
   * No active data consent (granted, not expired, not revoked) covers the data source, grantee and purpose the
   * operation needs: the app offers 数据授权.
   */
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  /**
   * Face verification needs the person's separate consent to biometric processing (PIPL Art. 28/29) of the current
   * text version: the app shows 《人脸信息处理授权书》, or offers 线下核验 instead.
   */
  BIOMETRIC_CONSENT_REQUIRED = 'BIOMETRIC_CONSENT_REQUIRED',
}

export const ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode);

/** Default messages shown to the user when the server sends no more specific one. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  [ErrorCode.BAD_USER_INPUT]: '输入有误，请检查后重新提交',
  [ErrorCode.NOT_FOUND]: '未找到相关内容，可能已被删除',
  [ErrorCode.UNAUTHENTICATED]: '请先登录',
  [ErrorCode.FORBIDDEN]: '无权访问该内容',
  [ErrorCode.CONFLICT]: '操作冲突，数据已被更新，请刷新后重试',
  [ErrorCode.RATE_LIMITED]: '请求过于频繁，请稍后再试',
  [ErrorCode.SERVICE_UNAVAILABLE]: '服务暂不可用，请稍后再试',
  [ErrorCode.INTERNAL_SERVER_ERROR]: '系统繁忙，请稍后再试',
  [ErrorCode.ACCOUNT_LOCKED]: '账号已锁定',
  [ErrorCode.SESSION_EXPIRED]: '登录已过期，请重新登录',
  [ErrorCode.REQUEST_TIMEOUT]: '请求超时，请检查网络后重试',
  [ErrorCode.PAYLOAD_TOO_LARGE]: '请求内容过大',
  [ErrorCode.URI_TOO_LONG]: '请求地址过长',
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: '不支持的请求内容类型',
  [ErrorCode.REQUEST_HEADERS_TOO_LARGE]: '请求头过大',
  [ErrorCode.PERSISTED_QUERY_NOT_FOUND]: '应用版本已更新，请刷新页面或重新打开小程序后再试',
  [ErrorCode.CONSENT_REQUIRED]: '需要企业授权使用相关数据后才能继续',
  [ErrorCode.BIOMETRIC_CONSENT_REQUIRED]: '请先阅读并同意人脸信息处理授权后再进行人脸核验',
};

/** One invalid input field; `field` is the input path (e.g. 'amountFen' or 'materials.0.fileId'). */
export interface FieldError {
  field: string;
  message: string;
}

/** The `extensions` object of a GraphQL error produced by the BFF. */
export interface ErrorExtensions {
  code: ErrorCode;
  fields?: FieldError[];
  correlationId?: string;
  /** ACCOUNT_LOCKED: when the account unlocks (UTC ISO instant). */
  lockedUntil?: string;
  /** RATE_LIMITED: seconds until the request may be tried again (also sent as the Retry-After header). */
  retryAfterSeconds?: number;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
