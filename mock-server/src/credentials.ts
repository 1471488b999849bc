import type { FieldError } from '@rongtong/shared';
import { isPlainObject } from './json';
import { invalid, rejectUnknownKeys, valid, type Parsed } from './validation';

/** A caller registered with a simulated provider: an identifier and the secret its requests are signed with. */
export interface Credential {
  id: string;
  secret: string;
}

export interface CredentialListFormat {
  /** The JSON key of the identifier: `appKey`, `merchantId`. */
  idKey: string;
  /** What a caller is called in messages: 应用, 商户. */
  noun: string;
}

export const CREDENTIAL_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const SECRET_LENGTH = { min: 16, max: 256 } as const;
const MAX_CREDENTIALS = 20;

/** A JSON list of 1–20 `{ <idKey>, secret }`, identifiers unique; every problem named by field. */
export function parseCredentialList(input: unknown, format: CredentialListFormat): Parsed<Credential[]> {
  const { idKey, noun } = format;
  if (!Array.isArray(input) || input.length === 0 || input.length > MAX_CREDENTIALS) {
    const example = `[{"${idKey}":"rongtong-bff","secret":"…"}]`;
    return invalid([{ field: 'body', message: `${noun}列表必须是 1–${MAX_CREDENTIALS} 项的 JSON 数组，例如 ${example}` }]);
  }
  const errors: FieldError[] = [];
  const credentials: Credential[] = [];
  input.forEach((item: unknown, index) => {
    const prefix = `[${index}]`;
    if (!isPlainObject(item)) {
      errors.push({ field: prefix, message: `每个${noun}必须是 JSON 对象` });
      return;
    }
    const before = errors.length;
    rejectUnknownKeys(item, [idKey, 'secret'], prefix, errors);
    const id = item[idKey];
    const { secret } = item;
    if (typeof id !== 'string' || !CREDENTIAL_ID_PATTERN.test(id)) {
      errors.push({ field: `${prefix}.${idKey}`, message: `${idKey} 必须是 1–64 位字母、数字、点、下划线或连字符` });
    } else if (credentials.some((credential) => credential.id === id)) {
      errors.push({ field: `${prefix}.${idKey}`, message: `${idKey} “${id}” 重复` });
    }
    if (typeof secret !== 'string' || secret.length < SECRET_LENGTH.min || secret.length > SECRET_LENGTH.max) {
      errors.push({ field: `${prefix}.secret`, message: `secret 必须是 ${SECRET_LENGTH.min}–${SECRET_LENGTH.max} 个字符的字符串` });
    }
    if (errors.length === before) credentials.push({ id: String(id), secret: String(secret) });
  });
  return errors.length === 0 ? valid(credentials) : invalid(errors);
}
