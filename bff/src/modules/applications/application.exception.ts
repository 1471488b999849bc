import { ErrorCode, LOAN_APPLICATION_ACTION_LABELS, LOAN_APPLICATION_STATE_LABELS, type FieldError, type LoanApplicationAction, type LoanApplicationState } from '@rongtong/shared';
import { DomainException } from '../../infra/errors/domain.exception';
import { INVALID_CURSOR_MESSAGE } from '../../infra/graphql/pagination/page.args';

export enum ApplicationErrorCode {
  /** Field-level input errors: amounts and terms outside the product, unknown materials, unmet submission preconditions. */
  INVALID_INPUT = 'INVALID_INPUT',
  APPLICATION_NOT_FOUND = 'APPLICATION_NOT_FOUND',
  PRODUCT_NOT_FOUND = 'PRODUCT_NOT_FOUND',
  MATERIAL_NOT_FOUND = 'MATERIAL_NOT_FOUND',
  LEDGER_ENTRY_NOT_FOUND = 'LEDGER_ENTRY_NOT_FOUND',
  /** The session acts for no enterprise, or not for the application's enterprise, or its binding ended. */
  NOT_APPLICANT_SIDE = 'NOT_APPLICANT_SIDE',
  /** Only the applicant in person may submit and sign (their identity was verified, their name is on it). */
  NOT_APPLICANT = 'NOT_APPLICANT',
  /** The staff member does not belong to the institution deciding the application. */
  NOT_DECIDING_INSTITUTION = 'NOT_DECIDING_INSTITUTION',
  /** The action does not apply in the application's current state. */
  WRONG_STATE = 'WRONG_STATE',
  /** A compare-and-set found the application changed since it was read (a concurrent action won). */
  CHANGED_MEANWHILE = 'CHANGED_MEANWHILE',
  /** The idempotency key was used before with other parameters. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  INVALID_CURSOR = 'INVALID_CURSOR',
}

const ERROR_CODES: Record<ApplicationErrorCode, ErrorCode> = {
  [ApplicationErrorCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [ApplicationErrorCode.APPLICATION_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [ApplicationErrorCode.PRODUCT_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [ApplicationErrorCode.MATERIAL_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [ApplicationErrorCode.LEDGER_ENTRY_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [ApplicationErrorCode.NOT_APPLICANT_SIDE]: ErrorCode.FORBIDDEN,
  [ApplicationErrorCode.NOT_APPLICANT]: ErrorCode.FORBIDDEN,
  [ApplicationErrorCode.NOT_DECIDING_INSTITUTION]: ErrorCode.FORBIDDEN,
  [ApplicationErrorCode.WRONG_STATE]: ErrorCode.CONFLICT,
  [ApplicationErrorCode.CHANGED_MEANWHILE]: ErrorCode.CONFLICT,
  [ApplicationErrorCode.IDEMPOTENCY_KEY_REUSED]: ErrorCode.CONFLICT,
  [ApplicationErrorCode.INVALID_CURSOR]: ErrorCode.BAD_USER_INPUT,
};

/** Every failure of the loan applications module; `reason` is the module's code, `code` the shared one the client sees. */
export class ApplicationException extends DomainException {
  constructor(
    readonly reason: ApplicationErrorCode,
    message: string,
    fields?: readonly FieldError[],
  ) {
    super(ERROR_CODES[reason], message, fields);
  }

  static invalid(fields: readonly FieldError[]): ApplicationException {
    const message = fields.length === 1 ? (fields[0]?.message ?? '取值不合法') : `有 ${fields.length} 项不符合要求`;
    return new ApplicationException(ApplicationErrorCode.INVALID_INPUT, message, fields);
  }

  static invalidField(field: string, message: string): ApplicationException {
    return ApplicationException.invalid([{ field, message }]);
  }

  static notFound(): ApplicationException {
    return new ApplicationException(ApplicationErrorCode.APPLICATION_NOT_FOUND, '未找到该贷款申请');
  }

  static productNotFound(): ApplicationException {
    return new ApplicationException(ApplicationErrorCode.PRODUCT_NOT_FOUND, '未找到该金融产品，可能已下架');
  }

  static materialNotFound(): ApplicationException {
    return new ApplicationException(ApplicationErrorCode.MATERIAL_NOT_FOUND, '未找到该申请材料');
  }

  static ledgerEntryNotFound(what: '借款' | '还款'): ApplicationException {
    return new ApplicationException(ApplicationErrorCode.LEDGER_ENTRY_NOT_FOUND, `未找到该笔${what}记录`);
  }

  static notApplicantSide(): ApplicationException {
    return new ApplicationException(ApplicationErrorCode.NOT_APPLICANT_SIDE, '您当前未代表该申请所属企业办理业务');
  }

  static notApplicant(): ApplicationException {
    return new ApplicationException(ApplicationErrorCode.NOT_APPLICANT, '只有申请人本人可以提交申请和签署合同');
  }

  static notDecidingInstitution(): ApplicationException {
    return new ApplicationException(ApplicationErrorCode.NOT_DECIDING_INSTITUTION, '该申请不属于您所在的金融机构');
  }

  static wrongState(state: LoanApplicationState, action: LoanApplicationAction): ApplicationException {
    return new ApplicationException(
      ApplicationErrorCode.WRONG_STATE,
      `申请当前为“${LOAN_APPLICATION_STATE_LABELS[state]}”，不能${LOAN_APPLICATION_ACTION_LABELS[action]}`,
    );
  }

  static changedMeanwhile(): ApplicationException {
    return new ApplicationException(ApplicationErrorCode.CHANGED_MEANWHILE, '申请已被他人更新，请刷新后重试');
  }

  static idempotencyKeyReused(): ApplicationException {
    return new ApplicationException(ApplicationErrorCode.IDEMPOTENCY_KEY_REUSED, '该请求编号已用于另一项操作，请刷新后重新提交');
  }

  static invalidCursor(): ApplicationException {
    return new ApplicationException(ApplicationErrorCode.INVALID_CURSOR, INVALID_CURSOR_MESSAGE, [{ field: 'after', message: INVALID_CURSOR_MESSAGE }]);
  }
}
