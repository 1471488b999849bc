import { ErrorCode } from '@rongtong/shared';
import { DomainException } from '../../infra/errors/domain.exception';

export enum GovDataErrorCode {
  /** The caller does not act for the enterprise now (not its session's active enterprise, or the binding is gone). */
  NOT_ACTING_FOR_ENTERPRISE = 'NOT_ACTING_FOR_ENTERPRISE',
}

const ERROR_CODES: Record<GovDataErrorCode, ErrorCode> = {
  [GovDataErrorCode.NOT_ACTING_FOR_ENTERPRISE]: ErrorCode.FORBIDDEN,
};

export class GovDataException extends DomainException {
  constructor(
    readonly reason: GovDataErrorCode,
    message: string,
  ) {
    super(ERROR_CODES[reason], message);
  }

  static notActingForEnterprise(): GovDataException {
    return new GovDataException(GovDataErrorCode.NOT_ACTING_FOR_ENTERPRISE, '只能为当前办理业务的企业刷新政务数据，请先切换到该企业');
  }
}
