import { assertNoPersonalData, PersonalDataInAuditError } from './personal-data';

describe('assertNoPersonalData', () => {
  it('accepts ids, codes and counts', () => {
    expect(() => assertNoPersonalData({ attempts: 5, lockedUntil: '2026-01-01T08:15:00.000Z', reason: 'IDLE_TIMEOUT', ok: true, none: null })).not.toThrow();
    expect(() => assertNoPersonalData(undefined)).not.toThrow();
  });

  it.each([
    ['a phone key', { phone: 'x' }],
    ['a password key in any case', { Password: 'x' }],
    ['a token', { refreshToken: 'x' }],
    ['a name', { name: '张三' }],
    ['a mobile number under an innocent key', { value: '13800138000' }],
    ['a resident ID under an innocent key', { subject: '11010519491231002X' }],
  ])('refuses %s', (_label, detail) => {
    expect(() => assertNoPersonalData(detail)).toThrow(PersonalDataInAuditError);
  });
});
