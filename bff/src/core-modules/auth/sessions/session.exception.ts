import { ErrorCode } from '@rongtong/shared';
import { DomainException } from '../../../infra/errors/domain.exception';

export enum SessionErrorCode {
  ACCESS_TOKEN_INVALID = 'ACCESS_TOKEN_INVALID',
  REFRESH_TOKEN_INVALID = 'REFRESH_TOKEN_INVALID',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
  SESSION_IDLE = 'SESSION_IDLE',
  SESSION_ENDED = 'SESSION_ENDED',
}

const ERROR_CODES: Record<SessionErrorCode, ErrorCode> = {
  [SessionErrorCode.ACCESS_TOKEN_INVALID]: ErrorCode.UNAUTHENTICATED,
  [SessionErrorCode.REFRESH_TOKEN_INVALID]: ErrorCode.UNAUTHENTICATED,
  [SessionErrorCode.REFRESH_TOKEN_REUSED]: ErrorCode.UNAUTHENTICATED,
  [SessionErrorCode.SESSION_IDLE]: ErrorCode.SESSION_EXPIRED,
  [SessionErrorCode.SESSION_ENDED]: ErrorCode.SESSION_EXPIRED,
};

/**
 * UNAUTHENTICATED means "no usable token" (the app may try refreshSession once); SESSION_EXPIRED means the
 * session itself is over and only signing in again helps.
 */
export class SessionException extends DomainException {
  constructor(
    readonly reason: SessionErrorCode,
    message: string,
  ) {
    super(ERROR_CODES[reason], message);
  }

  static accessTokenInvalid(): SessionException {
    return new SessionException(SessionErrorCode.ACCESS_TOKEN_INVALID, '登录凭证无效或已过期，请重新登录');
  }

  static refreshTokenInvalid(): SessionException {
    return new SessionException(SessionErrorCode.REFRESH_TOKEN_INVALID, '登录凭证无效，请重新登录');
  }

  static refreshTokenReused(): SessionException {
    return new SessionException(SessionErrorCode.REFRESH_TOKEN_REUSED, '登录凭证已被使用过，为保护账号安全已退出登录，请重新登录');
  }

  static idle(): SessionException {
    return new SessionException(SessionErrorCode.SESSION_IDLE, '长时间未操作，登录已过期，请重新登录');
  }

  static ended(): SessionException {
    return new SessionException(SessionErrorCode.SESSION_ENDED, '登录已过期，请重新登录');
  }
}
