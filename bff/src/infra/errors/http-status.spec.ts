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

  it('maps the HTTP-layer refusals both ways', () => {
    for (const [status, code] of [
      [408, ErrorCode.REQUEST_TIMEOUT],
      [413, ErrorCode.PAYLOAD_TOO_LARGE],
      [414, ErrorCode.URI_TOO_LONG],
      [415, ErrorCode.UNSUPPORTED_MEDIA_TYPE],
      [431, ErrorCode.REQUEST_HEADERS_TOO_LARGE],
    ] as const) {
      expect(errorCodeForStatus(status)).toBe(code);
      expect(statusForErrorCode(code)).toBe(status);
    }
  });
});
