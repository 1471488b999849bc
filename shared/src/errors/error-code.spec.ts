import { ERROR_CODES, ERROR_MESSAGES, ErrorCode, isErrorCode } from './error-code';

describe('error codes', () => {
  it('has a Chinese default message for every code', () => {
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...ERROR_CODES].sort());
    for (const code of ERROR_CODES) {
      expect(ERROR_MESSAGES[code]).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(ERROR_MESSAGES[ErrorCode.UNAUTHENTICATED]).toBe('请先登录');
    expect(ERROR_MESSAGES[ErrorCode.INTERNAL_SERVER_ERROR]).toBe('系统繁忙，请稍后再试');
    expect(ERROR_MESSAGES[ErrorCode.ACCOUNT_LOCKED]).toBe('账号已锁定');
    expect(ERROR_MESSAGES[ErrorCode.SESSION_EXPIRED]).toBe('登录已过期，请重新登录');
    expect(ERROR_MESSAGES[ErrorCode.URI_TOO_LONG]).toBe('请求地址过长');
  });

  it('recognises codes sent by the server and nothing else', () => {
    expect(isErrorCode('FORBIDDEN')).toBe(true);
    expect(isErrorCode('ACCOUNT_LOCKED')).toBe(true);
    expect(isErrorCode('SESSION_EXPIRED')).toBe(true);
    expect(isErrorCode('GRAPHQL_VALIDATION_FAILED')).toBe(false);
    expect(isErrorCode('forbidden')).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
  });
});
