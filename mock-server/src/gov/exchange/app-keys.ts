import { parseCredentialList } from '../../credentials';
import type { Parsed } from '../../validation';

/** A caller registered with the exchange: requests are signed with HMAC-SM3 under its secret. */
export interface GovAppKey {
  appKey: string;
  secret: string;
}

/** The development caller (the BFF's defaults outside production). */
export const DEFAULT_GOV_APP_KEYS: readonly GovAppKey[] = Object.freeze([
  Object.freeze({ appKey: 'rongtong-bff', secret: 'rongtong-dev-gov-exchange-secret' }),
]);

/** `MOCK_GOV_APP_KEYS`: a non-empty JSON list of `{ appKey, secret }`, app keys unique. */
export function parseGovAppKeys(input: unknown): Parsed<GovAppKey[]> {
  const parsed = parseCredentialList(input, { idKey: 'appKey', noun: '应用' });
  return parsed.ok ? { ok: true, value: parsed.value.map(({ id, secret }) => ({ appKey: id, secret })) } : parsed;
}
