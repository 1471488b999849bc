import { IdCardCheckOutcome, IdCardSide } from './face-verification.entity';
import { chinaDate, judge } from './face-verification.service';
import { outcomeOf } from './face-outcomes';
import { FaceVerificationState } from './face-verification.entity';

const IDENTITY = { name: '王小明', residentId: '34120219900307001X' };
const NOW = new Date('2026-12-07T17:00:00.000Z');

describe('ID-card comparison', () => {
  it('matches the own front (resident ID case-insensitive on the check character) and refuses another person', () => {
    expect(judge({ side: 'FRONT', name: '王小明', residentId: '34120219900307001x' }, IdCardSide.FRONT, IDENTITY, NOW).outcome).toBe(IdCardCheckOutcome.MATCHED);
    expect(judge({ side: 'FRONT', name: '郑雨桐', residentId: '34120219900307001X' }, IdCardSide.FRONT, IDENTITY, NOW).outcome).toBe(IdCardCheckOutcome.MISMATCH);
    expect(judge({ side: 'FRONT', name: '王小明', residentId: '341202199003150017' }, IdCardSide.FRONT, IDENTITY, NOW).outcome).toBe(IdCardCheckOutcome.MISMATCH);
  });

  it('judges validity by the date in China: valid through its last day, expired the day after, 长期 always valid', () => {
    expect(chinaDate(NOW)).toBe('2026-12-08');
    expect(judge({ side: 'BACK', validFrom: '2006-12-08', validTo: '2026-12-08' }, IdCardSide.BACK, IDENTITY, NOW).outcome).toBe(IdCardCheckOutcome.MATCHED);
    const expired = judge({ side: 'BACK', validFrom: '2006-12-07', validTo: '2026-12-07' }, IdCardSide.BACK, IDENTITY, NOW);
    expect(expired).toEqual({ outcome: IdCardCheckOutcome.EXPIRED, reason: '身份证已于 2026-12-07 过期，请使用有效期内的身份证' });
    expect(judge({ side: 'BACK', validFrom: '2010-01-01', validTo: null }, IdCardSide.BACK, IDENTITY, NOW).outcome).toBe(IdCardCheckOutcome.MATCHED);
  });

  it('records what the OCR refused with its reason, and a side other than the one asked for', () => {
    expect(judge({ refused: true, status: 422, code: 'OCR_TAMPERED', message: '身份证图片疑似经过修改' }, IdCardSide.FRONT, IDENTITY, NOW)).toEqual({
      outcome: IdCardCheckOutcome.UNREADABLE,
      reason: '身份证图片疑似经过修改',
    });
    expect(judge({ side: 'BACK', validFrom: '2020-01-01', validTo: null }, IdCardSide.FRONT, IDENTITY, NOW).outcome).toBe(IdCardCheckOutcome.UNREADABLE);
  });
});

describe('the provider view as our outcome', () => {
  const row = { state: FaceVerificationState.INIT, expiresAt: new Date('2026-12-07T17:10:00.000Z') };
  const view = { certifyId: 'c', businessReference: 'b', result: null, score: null, finishedAt: null, expiresAt: '2026-12-07T17:10:00.000Z' };

  it('takes the provider\'s result and score (in tenths), and its expiry', () => {
    expect(outcomeOf({ ...view, state: 'PASSED', result: 'PASSED', score: 93.4, finishedAt: '2026-12-07T17:02:00.000Z' }, row, NOW)).toEqual({
      state: FaceVerificationState.PASSED,
      providerResult: 'PASSED',
      scoreTenths: 934,
      finishedAt: new Date('2026-12-07T17:02:00.000Z'),
    });
    expect(outcomeOf({ ...view, state: 'FAILED', result: 'LIVENESS_FAILED', score: 0 }, row, NOW)?.state).toBe(FaceVerificationState.FAILED);
    expect(outcomeOf({ ...view, state: 'EXPIRED' }, row, NOW)).toEqual({ state: FaceVerificationState.EXPIRED, providerResult: null, scoreTenths: null, finishedAt: row.expiresAt });
  });

  it('moves INIT to PENDING once the page is open, and changes nothing while the order is open', () => {
    expect(outcomeOf({ ...view, state: 'PENDING' }, row, NOW)).toEqual({ state: FaceVerificationState.PENDING });
    expect(outcomeOf({ ...view, state: 'PENDING' }, { ...row, state: FaceVerificationState.PENDING }, NOW)).toBeNull();
    expect(outcomeOf({ ...view, state: 'INIT' }, row, NOW)).toBeNull();
  });
});
