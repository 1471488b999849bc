import { ErrorCode, type FieldError } from '@rongtong/shared';
import { DomainException } from '../../infra/errors/domain.exception';
import { INVALID_CURSOR_MESSAGE } from '../../infra/graphql/pagination/page.args';

export enum ConsentErrorCode {
  /** No active consent covers the source, grantee and purpose asked for. */
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  /** Field-level input errors (sources, expiry, grantee, product, agreement, agent permission). */
  INVALID_INPUT = 'INVALID_INPUT',
  CONSENT_NOT_FOUND = 'CONSENT_NOT_FOUND',
  /** No agreement of the purpose is published (yet). */
  AGREEMENT_NOT_FOUND = 'AGREEMENT_NOT_FOUND',
  /** The session acts for no enterprise, or the user's binding to it is no longer active. */
  NOT_BOUND = 'NOT_BOUND',
  /** Only the legal representative may change what agents may grant. */
  NOT_LEGAL_REPRESENTATIVE = 'NOT_LEGAL_REPRESENTATIVE',
  /** The idempotency key was used before for a different grant. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** A compare-and-set found the row changed since it was read. */
  CHANGED_MEANWHILE = 'CHANGED_MEANWHILE',
  INVALID_CURSOR = 'INVALID_CURSOR',
}

const ERROR_CODES: Record<ConsentErrorCode, ErrorCode> = {
  [ConsentErrorCode.CONSENT_REQUIRED]: ErrorCode.CONSENT_REQUIRED,
  [ConsentErrorCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [ConsentErrorCode.CONSENT_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [ConsentErrorCode.AGREEMENT_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [ConsentErrorCode.NOT_BOUND]: ErrorCode.FORBIDDEN,
  [ConsentErrorCode.NOT_LEGAL_REPRESENTATIVE]: ErrorCode.FORBIDDEN,
  [ConsentErrorCode.IDEMPOTENCY_KEY_REUSED]: ErrorCode.CONFLICT,
  [ConsentErrorCode.CHANGED_MEANWHILE]: ErrorCode.CONFLICT,
  [ConsentErrorCode.INVALID_CURSOR]: ErrorCode.BAD_USER_INPUT,
};

/** Every failure of the consent ledger; `reason` is the module's code, `code` the shared one the client sees. */
export class ConsentException extends DomainException {
  constructor(
    readonly reason: ConsentErrorCode,
    message: string,
    fields?: readonly FieldError[],
  ) {
    super(ERROR_CODES[reason], message, fields);
  }

  static required(): ConsentException {
    return new ConsentException(ConsentErrorCode.CONSENT_REQUIRED, '企业尚未授权使用该项数据，或授权已过期、已撤销');
  }

  static invalid(fields: readonly FieldError[]): ConsentException {
    const message = fields.length === 1 ? (fields[0]?.message ?? '取值不合法') : `有 ${fields.length} 项输入不符合要求`;
    return new ConsentException(ConsentErrorCode.INVALID_INPUT, message, fields);
  }

  static notFound(): ConsentException {
    return new ConsentException(ConsentErrorCode.CONSENT_NOT_FOUND, '未找到该数据授权');
  }

  static agreementNotFound(): ConsentException {
    return new ConsentException(ConsentErrorCode.AGREEMENT_NOT_FOUND, '该用途的授权协议尚未发布');
  }

  static notBound(): ConsentException {
    return new ConsentException(ConsentErrorCode.NOT_BOUND, '请先选择您可代表办理业务的企业');
  }

  static notLegalRepresentative(): ConsentException {
    return new ConsentException(ConsentErrorCode.NOT_LEGAL_REPRESENTATIVE, '只有企业法定代表人可以设置经办人的授权范围');
  }

  static idempotencyKeyReused(): ConsentException {
    return new ConsentException(ConsentErrorCode.IDEMPOTENCY_KEY_REUSED, '该请求编号已用于另一项授权，请刷新后重新提交');
  }

  static changedMeanwhile(): ConsentException {
    return new ConsentException(ConsentErrorCode.CHANGED_MEANWHILE, '授权状态已被更新，请刷新后重试');
  }

  static invalidCursor(): ConsentException {
    return new ConsentException(ConsentErrorCode.INVALID_CURSOR, INVALID_CURSOR_MESSAGE, [{ field: 'after', message: INVALID_CURSOR_MESSAGE }]);
  }
}
