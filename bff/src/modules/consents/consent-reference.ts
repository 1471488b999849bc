import { randomBytes } from 'node:crypto';

/** Matches the exchange's consent reference rule (8–128 of `[A-Za-z0-9_.:-]`). */
export const CONSENT_REFERENCE_PATTERN = /^RTC-[A-Za-z0-9_-]{32}$/;

/** A new public consent reference: `RTC-` and 192 random bits in base64url, so it cannot be guessed or enumerated. */
export function newConsentReference(): string {
  return `RTC-${randomBytes(24).toString('base64url')}`;
}
