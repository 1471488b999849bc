import { ERROR_CODES, ErrorCode } from '@rongtong/shared';
import { errorCodeForStatus, statusForErrorCode } from './http-status';

describe('HTTP status ↔ error code', () => {
  it('gives every code a status', () => {
    for (const code of ERROR_CODES) expect(statusForErrorCode(code)).toBeGreaterThanOrEqual(400);
  });

  it('answers a locked account with 423 and an expired session with 401', () => {
    expect(statusForErrorCode(ErrorCode.ACCOUNT_LOCKED)).toBe(423);
    expect(errorCodeForStatus(423)).toBe(ErrorCode.ACCOUNT_LOCKED);
    expect(statusForErrorCode(ErrorCode.SESSION_EXPIRED)).toBe(401);
    expect(errorCodeForStatus(401)).toBe(ErrorCode.UNAUTHENTICATED);
  });
});
