import { ErrorCode } from '@rongtong/shared';
import { DomainException } from '../../../infra/errors/domain.exception';

export enum StaffErrorCode {
  BAD_CREDENTIALS = 'BAD_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  CHALLENGE_INVALID = 'CHALLENGE_INVALID',
  TOTP_INVALID = 'TOTP_INVALID',
  TOTP_REPLAYED = 'TOTP_REPLAYED',
  PASSWORD_POLICY = 'PASSWORD_POLICY',
  PASSWORD_UNCHANGED = 'PASSWORD_UNCHANGED',
  CURRENT_PASSWORD_WRONG = 'CURRENT_PASSWORD_WRONG',
  CURRENT_PASSWORD_DELAYED = 'CURRENT_PASSWORD_DELAYED',
  TOTP_NOT_ENROLLED = 'TOTP_NOT_ENROLLED',
  NOT_STAFF = 'NOT_STAFF',
  ACCOUNT_NOT_FOUND = 'ACCOUNT_NOT_FOUND',
  NOT_ALLOWED = 'NOT_ALLOWED',
  INVALID_INPUT = 'INVALID_INPUT',
}

const ERROR_CODES: Record<StaffErrorCode, ErrorCode> = {
  [StaffErrorCode.BAD_CREDENTIALS]: ErrorCode.UNAUTHENTICATED,
  [StaffErrorCode.ACCOUNT_LOCKED]: ErrorCode.ACCOUNT_LOCKED,
  [StaffErrorCode.ACCOUNT_DISABLED]: ErrorCode.UNAUTHENTICATED,
  [StaffErrorCode.CHALLENGE_INVALID]: ErrorCode.UNAUTHENTICATED,
  [StaffErrorCode.TOTP_INVALID]: ErrorCode.UNAUTHENTICATED,
  [StaffErrorCode.TOTP_REPLAYED]: ErrorCode.UNAUTHENTICATED,
  [StaffErrorCode.PASSWORD_POLICY]: ErrorCode.BAD_USER_INPUT,
  [StaffErrorCode.PASSWORD_UNCHANGED]: ErrorCode.BAD_USER_INPUT,
  [StaffErrorCode.CURRENT_PASSWORD_WRONG]: ErrorCode.BAD_USER_INPUT,
  [StaffErrorCode.CURRENT_PASSWORD_DELAYED]: ErrorCode.BAD_USER_INPUT,
  [StaffErrorCode.TOTP_NOT_ENROLLED]: ErrorCode.CONFLICT,
  [StaffErrorCode.NOT_STAFF]: ErrorCode.FORBIDDEN,
  [StaffErrorCode.ACCOUNT_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [StaffErrorCode.NOT_ALLOWED]: ErrorCode.FORBIDDEN,
  [StaffErrorCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
};

export class StaffException extends DomainException {
  constructor(
    readonly reason: StaffErrorCode,
    message: string,
    field?: string,
    lockedUntil?: Date,
  ) {
    super(ERROR_CODES[reason], message, field ? [{ field, message }] : undefined, lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : undefined);
  }

  static badCredentials(): StaffException {
    return new StaffException(StaffErrorCode.BAD_CREDENTIALS, '用户名或密码错误');
  }

  static locked(until: Date): StaffException {
    return new StaffException(StaffErrorCode.ACCOUNT_LOCKED, '密码或验证码错误次数过多，账号已临时锁定，请稍后再试', undefined, until);
  }

  static disabled(): StaffException {
    return new StaffException(StaffErrorCode.ACCOUNT_DISABLED, '账号已停用，请联系管理员');
  }

  static challengeInvalid(): StaffException {
    return new StaffException(StaffErrorCode.CHALLENGE_INVALID, '登录验证已失效，请重新输入用户名和密码');
  }

  static totpInvalid(): StaffException {
    return new StaffException(StaffErrorCode.TOTP_INVALID, '动态验证码错误，请核对身份验证器中的 6 位数字');
  }

  static totpReplayed(): StaffException {
    return new StaffException(StaffErrorCode.TOTP_REPLAYED, '该动态验证码已使用过，请等待身份验证器显示新的验证码');
  }

  static passwordPolicy(message: string, field = 'newPassword'): StaffException {
    return new StaffException(StaffErrorCode.PASSWORD_POLICY, message, field);
  }

  static passwordUnchanged(): StaffException {
    return new StaffException(StaffErrorCode.PASSWORD_UNCHANGED, '新密码不能与当前密码相同', 'newPassword');
  }

  static currentPasswordWrong(): StaffException {
    return new StaffException(StaffErrorCode.CURRENT_PASSWORD_WRONG, '当前密码不正确', 'currentPassword');
  }

  static currentPasswordDelayed(): StaffException {
    return new StaffException(StaffErrorCode.CURRENT_PASSWORD_DELAYED, '当前密码输错次数较多，请稍等片刻再试', 'currentPassword');
  }

  static totpNotEnrolled(): StaffException {
    return new StaffException(StaffErrorCode.TOTP_NOT_ENROLLED, '该账号尚未绑定身份验证器，无需重置');
  }

  static notStaff(): StaffException {
    return new StaffException(StaffErrorCode.NOT_STAFF, '该操作仅限工作人员账号');
  }

  static accountNotFound(): StaffException {
    return new StaffException(StaffErrorCode.ACCOUNT_NOT_FOUND, '未找到该工作人员账号');
  }

  static notAllowed(message: string): StaffException {
    return new StaffException(StaffErrorCode.NOT_ALLOWED, message);
  }

  static invalid(field: string, message: string): StaffException {
    return new StaffException(StaffErrorCode.INVALID_INPUT, message, field);
  }
}
