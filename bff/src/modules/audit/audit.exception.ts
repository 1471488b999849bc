import { ErrorCode } from '@rongtong/shared';
import { DomainException } from '../../infra/errors/domain.exception';
import { INVALID_CURSOR_MESSAGE } from '../../infra/graphql/pagination/page.args';

export enum AuditErrorCode {
  AUDIT_WRITE_FAILED = 'AUDIT_WRITE_FAILED',
  INVALID_CURSOR = 'INVALID_CURSOR',
}

const ERROR_CODES: Record<AuditErrorCode, ErrorCode> = {
  [AuditErrorCode.AUDIT_WRITE_FAILED]: ErrorCode.SERVICE_UNAVAILABLE,
  [AuditErrorCode.INVALID_CURSOR]: ErrorCode.BAD_USER_INPUT,
};

export class AuditException extends DomainException {
  constructor(
    readonly reason: AuditErrorCode,
    message: string,
    field?: string,
  ) {
    super(ERROR_CODES[reason], message, field ? [{ field, message }] : undefined);
  }

  /** Fail closed: the operation that needed the audit entry does not happen. */
  static writeFailed(): AuditException {
    return new AuditException(AuditErrorCode.AUDIT_WRITE_FAILED, '审计日志暂时无法写入，本次操作未执行，请稍后再试');
  }

  static invalidCursor(): AuditException {
    return new AuditException(AuditErrorCode.INVALID_CURSOR, INVALID_CURSOR_MESSAGE, 'after');
  }
}
