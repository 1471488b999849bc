import {
  addMonthsUtc,
  CONSENT_MAX_MONTHS,
  consentStatusAt,
  ConsentStatus,
  defaultConsentExpiry,
  latestConsentExpiry,
} from './consent';
import { CONSENT_PURPOSES, ConsentPurpose } from './data-source';

const at = (iso: string) => new Date(iso);

describe('consent expiry maths', () => {
  it('adds calendar months in UTC, keeping the time of day', () => {
    expect(addMonthsUtc(at('2026-11-30T08:15:00.123Z'), 12).toISOString()).toBe('2027-11-30T08:15:00.123Z');
    expect(addMonthsUtc(at('2026-12-15T23:59:59.999Z'), 1).toISOString()).toBe('2027-01-15T23:59:59.999Z');
    expect(addMonthsUtc(at('2027-03-10T00:00:00.000Z'), -3).toISOString()).toBe('2026-12-10T00:00:00.000Z');
  });

  it('ends on the last day of a shorter month instead of running into the next', () => {
    expect(addMonthsUtc(at('2028-02-29T10:00:00.000Z'), 12).toISOString()).toBe('2029-02-28T10:00:00.000Z');
    expect(addMonthsUtc(at('2027-01-31T10:00:00.000Z'), 1).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(addMonthsUtc(at('2028-01-31T10:00:00.000Z'), 1).toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(addMonthsUtc(at('2026-05-31T10:00:00.000Z'), 1).toISOString()).toBe('2026-06-30T10:00:00.000Z');
  });

  it('refuses fractional months', () => {
    expect(() => addMonthsUtc(at('2026-01-01T00:00:00.000Z'), 1.5)).toThrow(RangeError);
  });

  it('defaults to one year and never beyond the purpose maximum, which is one year for every purpose', () => {
    const grantedAt = at('2026-11-30T08:00:00.000Z');
    for (const purpose of CONSENT_PURPOSES) {
      expect(CONSENT_MAX_MONTHS[purpose]).toBe(12);
      expect(defaultConsentExpiry(purpose, grantedAt).toISOString()).toBe('2027-11-30T08:00:00.000Z');
      expect(latestConsentExpiry(purpose, grantedAt).getTime()).toBeGreaterThanOrEqual(defaultConsentExpiry(purpose, grantedAt).getTime());
    }
    expect(latestConsentExpiry(ConsentPurpose.LOAN_APPLICATION, at('2028-02-29T00:00:00.000Z')).toISOString()).toBe('2029-02-28T00:00:00.000Z');
  });

  it('tells active, expired and revoked apart, revoked first and the expiry instant already expired', () => {
    const expiresAt = at('2027-01-01T00:00:00.000Z');
    expect(consentStatusAt({ expiresAt, revokedAt: null }, at('2026-12-31T23:59:59.999Z'))).toBe(ConsentStatus.ACTIVE);
    expect(consentStatusAt({ expiresAt, revokedAt: null }, expiresAt)).toBe(ConsentStatus.EXPIRED);
    expect(consentStatusAt({ expiresAt, revokedAt: at('2026-06-01T00:00:00.000Z') }, at('2026-05-01T00:00:00.000Z'))).toBe(ConsentStatus.REVOKED);
    expect(consentStatusAt({ expiresAt, revokedAt: at('2026-06-01T00:00:00.000Z') }, at('2027-06-01T00:00:00.000Z'))).toBe(ConsentStatus.REVOKED);
  });
});
