import { createHash, createHmac } from 'node:crypto';
import {
  GOV_EXCHANGE_SIGNATURE_PATTERN,
  govExchangeStringToSign,
  type GovExchangeSigningParts,
} from '@rongtong/shared';
import { constantTimeEqual } from '../../identity/secrets';

/** Lower-case hex SM3 (GB/T 32905) of a body. */
export function sm3Hex(body: string | Buffer): string {
  return createHash('sm3').update(body).digest('hex');
}

/** Lower-case hex HMAC-SM3 of the string to sign: what a caller puts in `X-Gov-Signature`. */
export function govExchangeSignature(secret: string, parts: GovExchangeSigningParts): string {
  return createHmac('sm3', secret).update(govExchangeStringToSign(parts), 'utf8').digest('hex');
}

/** Used for an unknown app key, so that refusing it costs the same time as refusing a wrong signature. */
const UNKNOWN_APP_SECRET = 'unknown-app-key-never-matches';

/**
 * Whether `signature` is the HMAC-SM3 of the parts under `secret` (null secret: an unknown app key, always false
 * after the same work). Compared in constant time; a malformed signature is false.
 */
export function signatureMatches(secret: string | null, parts: GovExchangeSigningParts, signature: string): boolean {
  const expected = govExchangeSignature(secret ?? UNKNOWN_APP_SECRET, parts);
  const matches = constantTimeEqual(signature, expected);
  return secret !== null && GOV_EXCHANGE_SIGNATURE_PATTERN.test(signature) && matches;
}
