import type { FieldError } from '@rongtong/shared';
import { isPlainObject } from '../json';
import { invalid, isIntegerInRange, rejectUnknownKeys, valid, type Parsed } from '../validation';

export interface IdentitySettings {
  /** Lifetime of id_tokens and access tokens. */
  idTokenTtlSeconds: number;
  /** Lifetime of authorization codes; 0 issues codes that have already expired. */
  codeTtlSeconds: number;
  /** Added to the clock when tokens are issued: a negative skew larger than the lifetime yields expired tokens. */
  clockSkewSeconds: number;
}

export const DEFAULT_IDENTITY_SETTINGS: Readonly<IdentitySettings> = Object.freeze({
  idTokenTtlSeconds: 300,
  codeTtlSeconds: 60,
  clockSkewSeconds: 0,
});

const DAY_SECONDS = 86_400;
const MAX_CODE_TTL_SECONDS = 600;

const RULES: Record<keyof IdentitySettings, { min: number; max: number; message: string }> = {
  idTokenTtlSeconds: { min: 1, max: DAY_SECONDS, message: `id_token 有效期必须是 1–${DAY_SECONDS} 之间的整数（秒）` },
  codeTtlSeconds: {
    min: 0,
    max: MAX_CODE_TTL_SECONDS,
    message: `授权码有效期必须是 0–${MAX_CODE_TTL_SECONDS} 之间的整数（秒），0 表示签发即过期`,
  },
  clockSkewSeconds: { min: -DAY_SECONDS, max: DAY_SECONDS, message: `时钟偏移必须是 -${DAY_SECONDS}–${DAY_SECONDS} 之间的整数（秒）` },
};

const KEYS = Object.keys(RULES) as (keyof IdentitySettings)[];

/** The whole settings object, as PUT replaces it: a field left out takes its default. */
export function parseIdentitySettings(input: unknown): Parsed<IdentitySettings> {
  if (!isPlainObject(input)) return invalid([{ field: 'body', message: '请求体必须是 JSON 对象' }]);
  const errors: FieldError[] = [];
  rejectUnknownKeys(input, KEYS, '', errors);
  const settings: IdentitySettings = { ...DEFAULT_IDENTITY_SETTINGS };
  for (const key of KEYS) {
    const value = input[key];
    if (value === undefined) continue;
    const rule = RULES[key];
    if (isIntegerInRange(value, rule.min, rule.max)) settings[key] = value;
    else errors.push({ field: key, message: rule.message });
  }
  return errors.length === 0 ? valid(settings) : invalid(errors);
}
