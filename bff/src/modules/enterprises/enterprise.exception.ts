import { ErrorCode } from '@rongtong/shared';
import { DomainException } from '../../infra/errors/domain.exception';

export enum EnterpriseErrorCode {
  INVALID_USCC = 'INVALID_USCC',
  INVALID_NAME = 'INVALID_NAME',
}

const ERROR_CODES: Record<EnterpriseErrorCode, ErrorCode> = {
  [EnterpriseErrorCode.INVALID_USCC]: ErrorCode.BAD_USER_INPUT,
  [EnterpriseErrorCode.INVALID_NAME]: ErrorCode.BAD_USER_INPUT,
};

export class EnterpriseException extends DomainException {
  constructor(
    readonly reason: EnterpriseErrorCode,
    message: string,
    field: string,
  ) {
    super(ERROR_CODES[reason], message, [{ field, message }]);
  }

  static invalidUscc(reason: string): EnterpriseException {
    return new EnterpriseException(EnterpriseErrorCode.INVALID_USCC, `统一社会信用代码无效：${reason}`, 'uscc');
  }

  static invalidName(): EnterpriseException {
    return new EnterpriseException(EnterpriseErrorCode.INVALID_NAME, '企业名称不能为空且不超过 128 个字符', 'enterpriseName');
  }
}
