import type { FieldError } from '@rongtong/shared';
import { isPlainObject } from '../../json';
import { invalid, rejectUnknownKeys, valid, type Parsed } from '../../validation';

/** A caller registered with the exchange: requests are signed with HMAC-SM3 under its secret. */
export interface GovAppKey {
  appKey: string;
  secret: string;
}

/** The development caller (the BFF's defaults outside production). */
export const DEFAULT_GOV_APP_KEYS: readonly GovAppKey[] = Object.freeze([
  Object.freeze({ appKey: 'rongtong-bff', secret: 'rongtong-dev-gov-exchange-secret' }),
]);

const APP_KEY_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const SECRET_LENGTH = { min: 16, max: 256 } as const;
const MAX_APP_KEYS = 20;
const APP_KEY_FIELDS = ['appKey', 'secret'] as const;

/** `MOCK_GOV_APP_KEYS`: a non-empty JSON list of `{ appKey, secret }`, app keys unique. */
export function parseGovAppKeys(input: unknown): Parsed<GovAppKey[]> {
  if (!Array.isArray(input) || input.length === 0 || input.length > MAX_APP_KEYS) {
    return invalid([{ field: 'body', message: `应用列表必须是 1–${MAX_APP_KEYS} 项的 JSON 数组，例如 [{"appKey":"rongtong-bff","secret":"…"}]` }]);
  }
  const errors: FieldError[] = [];
  const keys: GovAppKey[] = [];
  input.forEach((item: unknown, index) => {
    const prefix = `[${index}]`;
    if (!isPlainObject(item)) {
      errors.push({ field: prefix, message: '每个应用必须是 JSON 对象' });
      return;
    }
    const before = errors.length;
    rejectUnknownKeys(item, APP_KEY_FIELDS, prefix, errors);
    const { appKey, secret } = item;
    if (typeof appKey !== 'string' || !APP_KEY_PATTERN.test(appKey)) {
      errors.push({ field: `${prefix}.appKey`, message: 'appKey 必须是 1–64 位字母、数字、点、下划线或连字符' });
    } else if (keys.some((key) => key.appKey === appKey)) {
      errors.push({ field: `${prefix}.appKey`, message: `appKey “${appKey}” 重复` });
    }
    if (typeof secret !== 'string' || secret.length < SECRET_LENGTH.min || secret.length > SECRET_LENGTH.max) {
      errors.push({ field: `${prefix}.secret`, message: `secret 必须是 ${SECRET_LENGTH.min}–${SECRET_LENGTH.max} 个字符的字符串` });
    }
    if (errors.length === before) keys.push({ appKey: String(appKey), secret: String(secret) });
  });
  return errors.length === 0 ? valid(keys) : invalid(errors);
}
