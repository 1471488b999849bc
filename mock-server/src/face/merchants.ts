import { parseCredentialList } from '../credentials';
import type { Parsed } from '../validation';

/** A merchant registered with the identity-verification provider (face verification and ID-card OCR). */
export interface FaceMerchant {
  merchantId: string;
  /** Signs the merchant's requests and the provider's callbacks to it (HMAC-SHA256). */
  secret: string;
}

/** The development merchant (the BFF's defaults outside production). */
export const DEFAULT_FACE_MERCHANTS: readonly FaceMerchant[] = Object.freeze([
  Object.freeze({ merchantId: 'rongtong-bff', secret: 'rongtong-dev-face-secret' }),
]);

/** `MOCK_FACE_MERCHANTS`: a JSON list of 1–20 `{ merchantId, secret }`, merchant ids unique. */
export function parseFaceMerchants(input: unknown): Parsed<FaceMerchant[]> {
  const parsed = parseCredentialList(input, { idKey: 'merchantId', noun: '商户' });
  return parsed.ok ? { ok: true, value: parsed.value.map(({ id, secret }) => ({ merchantId: id, secret })) } : parsed;
}
