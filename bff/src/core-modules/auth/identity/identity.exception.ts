import { ErrorCode } from '@rongtong/shared';
import { DomainException } from '../../../infra/errors/domain.exception';
import { OidcFailureKind, type OidcFailure } from './oidc-errors';

export enum IdentityErrorCode {
  REDIRECT_URI_NOT_ALLOWED = 'REDIRECT_URI_NOT_ALLOWED',
  LOGIN_REQUEST_INVALID = 'LOGIN_REQUEST_INVALID',
  GRANT_REJECTED = 'GRANT_REJECTED',
  CODE_REPLAYED = 'CODE_REPLAYED',
  ID_TOKEN_INVALID = 'ID_TOKEN_INVALID',
  PROVIDER_UNAVAILABLE = 'PROVIDER_UNAVAILABLE',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  ENTERPRISE_NOT_BOUND = 'ENTERPRISE_NOT_BOUND',
}

const ERROR_CODES: Record<IdentityErrorCode, ErrorCode> = {
  [IdentityErrorCode.REDIRECT_URI_NOT_ALLOWED]: ErrorCode.BAD_USER_INPUT,
  [IdentityErrorCode.LOGIN_REQUEST_INVALID]: ErrorCode.UNAUTHENTICATED,
  [IdentityErrorCode.GRANT_REJECTED]: ErrorCode.UNAUTHENTICATED,
  [IdentityErrorCode.CODE_REPLAYED]: ErrorCode.UNAUTHENTICATED,
  [IdentityErrorCode.ID_TOKEN_INVALID]: ErrorCode.UNAUTHENTICATED,
  [IdentityErrorCode.PROVIDER_UNAVAILABLE]: ErrorCode.SERVICE_UNAVAILABLE,
  [IdentityErrorCode.ACCOUNT_DISABLED]: ErrorCode.UNAUTHENTICATED,
  [IdentityErrorCode.ENTERPRISE_NOT_BOUND]: ErrorCode.FORBIDDEN,
};

const GRANT_REJECTED_MESSAGE = '授权码无效、已过期或已使用，请重新登录';

export class IdentityException extends DomainException {
  constructor(
    readonly reason: IdentityErrorCode,
    message: string,
    field?: string,
  ) {
    super(ERROR_CODES[reason], message, field ? [{ field, message }] : undefined);
  }

  static redirectUriNotAllowed(): IdentityException {
    return new IdentityException(IdentityErrorCode.REDIRECT_URI_NOT_ALLOWED, '登录回调地址不在允许的范围内', 'redirectUri');
  }

  static loginRequestInvalid(): IdentityException {
    return new IdentityException(IdentityErrorCode.LOGIN_REQUEST_INVALID, '登录请求无效、已过期或已使用，请重新登录');
  }

  /** Worded like any refused code: the caller learns nothing about the session the first use produced. */
  static codeReplayed(): IdentityException {
    return new IdentityException(IdentityErrorCode.CODE_REPLAYED, GRANT_REJECTED_MESSAGE);
  }

  static accountDisabled(): IdentityException {
    return new IdentityException(IdentityErrorCode.ACCOUNT_DISABLED, '账号已停用，请联系平台运营人员');
  }

  static enterpriseNotBound(): IdentityException {
    return new IdentityException(IdentityErrorCode.ENTERPRISE_NOT_BOUND, '您未绑定该企业，不能切换到该企业办理业务');
  }

  static fromOidc(failure: OidcFailure): IdentityException {
    switch (failure.kind) {
      case OidcFailureKind.GRANT_REJECTED:
        return new IdentityException(IdentityErrorCode.GRANT_REJECTED, GRANT_REJECTED_MESSAGE);
      case OidcFailureKind.TOKEN_INVALID:
        return new IdentityException(IdentityErrorCode.ID_TOKEN_INVALID, '身份凭证校验未通过，请重新登录');
      case OidcFailureKind.UNAVAILABLE:
      case OidcFailureKind.CLIENT_REJECTED:
        return new IdentityException(IdentityErrorCode.PROVIDER_UNAVAILABLE, '统一身份认证平台暂时无法访问，请稍后再试');
      default: {
        const unexpected: never = failure.kind;
        throw new Error(`unknown OIDC failure ${String(unexpected)}`);
      }
    }
  }
}
