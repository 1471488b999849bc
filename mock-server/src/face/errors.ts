import type { FieldError } from '@rongtong/shared';
import type { ErrorBody } from '../http-errors';

export const ORDER_NOT_FOUND: ErrorBody = Object.freeze({ code: 'ORDER_NOT_FOUND', message: '核验订单不存在' });

/** What a simulated error on the provider's API (face and OCR) answers under the route fault knobs. */
export const PROVIDER_UNAVAILABLE: ErrorBody = Object.freeze({ code: 'SERVICE_UNAVAILABLE', message: '核验服务暂时不可用，请稍后重试' });

export const INVALID_JSON_FIELD: FieldError = Object.freeze({ field: 'body', message: '请求体不是合法的 JSON' });

/** The provider's signed API: face verification and ID-card OCR. */
export const PROVIDER_API_PREFIXES = ['/face/v1/', '/ocr/v1/'] as const;

export function isProviderApiPath(path: string): boolean {
  return PROVIDER_API_PREFIXES.some((prefix) => path.startsWith(prefix));
}
