import { ErrorCode } from '@rongtong/shared';
import { DomainException } from '../../infra/errors/domain.exception';
import { INVALID_CURSOR_MESSAGE } from '../../infra/graphql/pagination/page.args';

export enum InstitutionErrorCode {
  INSTITUTION_NOT_FOUND = 'INSTITUTION_NOT_FOUND',
  INVALID_CURSOR = 'INVALID_CURSOR',
}

const ERROR_CODES: Record<InstitutionErrorCode, ErrorCode> = {
  [InstitutionErrorCode.INSTITUTION_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [InstitutionErrorCode.INVALID_CURSOR]: ErrorCode.BAD_USER_INPUT,
};

export class InstitutionException extends DomainException {
  constructor(
    readonly reason: InstitutionErrorCode,
    message: string,
    field?: string,
  ) {
    super(ERROR_CODES[reason], message, field ? [{ field, message }] : undefined);
  }

  static notFound(): InstitutionException {
    return new InstitutionException(InstitutionErrorCode.INSTITUTION_NOT_FOUND, '未找到该金融机构');
  }

  static invalidCursor(): InstitutionException {
    return new InstitutionException(InstitutionErrorCode.INVALID_CURSOR, INVALID_CURSOR_MESSAGE, 'after');
  }
}
