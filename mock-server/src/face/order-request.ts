import { validateResidentId, type FieldError } from '@rongtong/shared';
import { isPlainObject } from '../json';
import { invalid, rejectUnknownKeys, valid, type Parsed } from '../validation';
import type { NewFaceOrder } from './orders';

/** Chinese names, with the middle dot of many minority names, or Latin letters; 1–50 characters. */
const NAME_PATTERN = /^[\p{Script=Han}A-Za-z·•](?:[\p{Script=Han}A-Za-z·• ]{0,48}[\p{Script=Han}A-Za-z·•])?$/u;
export const BUSINESS_REFERENCE_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
const MAX_URL_LENGTH = 2048;
const KEYS = ['name', 'residentId', 'businessReference', 'callbackUrl', 'returnUrl'] as const;

/** An absolute http(s) URL without user info or fragment: where the provider sends people or callbacks. */
export function isPlainHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH || value.includes('#')) return false;
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** The body of `POST /face/v1/orders`; every problem named by field, in Chinese. */
export function parseOrderRequest(input: unknown, merchantId: string, now: Date): Parsed<NewFaceOrder> {
  if (!isPlainObject(input)) return invalid([{ field: 'body', message: '请求体必须是 JSON 对象' }]);
  const errors: FieldError[] = [];
  rejectUnknownKeys(input, KEYS, '', errors);
  const { name, residentId, businessReference, callbackUrl, returnUrl = null } = input;
  if (typeof name !== 'string' || !NAME_PATTERN.test(name)) {
    errors.push({ field: 'name', message: '姓名必须是 1–50 个汉字或字母（可含间隔号“·”），首尾不能有空格' });
  }
  if (typeof residentId !== 'string') {
    errors.push({ field: 'residentId', message: '请提供 18 位公民身份号码' });
  } else {
    const check = validateResidentId(residentId, now);
    if (!check.ok) errors.push({ field: 'residentId', message: check.reason });
  }
  if (typeof businessReference !== 'string' || !BUSINESS_REFERENCE_PATTERN.test(businessReference)) {
    errors.push({ field: 'businessReference', message: '业务流水号必须是 1–64 位字母、数字或 _ . : -' });
  }
  if (!isPlainHttpUrl(callbackUrl)) {
    errors.push({ field: 'callbackUrl', message: `回调地址必须是 http:// 或 https:// 开头、不含 # 和用户信息的网址，最长 ${MAX_URL_LENGTH} 个字符` });
  }
  if (returnUrl !== null && !isPlainHttpUrl(returnUrl)) {
    errors.push({ field: 'returnUrl', message: `返回地址必须是 http:// 或 https:// 开头、不含 # 和用户信息的网址，最长 ${MAX_URL_LENGTH} 个字符` });
  }
  if (errors.length > 0) return invalid(errors);
  return valid({
    merchantId,
    name: String(name),
    residentId: String(residentId),
    businessReference: String(businessReference),
    callbackUrl: String(callbackUrl),
    returnUrl: returnUrl === null ? null : String(returnUrl),
  });
}
