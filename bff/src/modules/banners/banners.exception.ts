import { ErrorCode } from '@rongtong/shared';
import { DomainException } from '../../infra/errors/domain.exception';

export class BannersException extends DomainException {
  static notFound(): BannersException {
    return new BannersException(ErrorCode.NOT_FOUND, '未找到该轮播图');
  }

  static invalid(field: string, message: string): BannersException {
    return new BannersException(ErrorCode.BAD_USER_INPUT, message, [{ field, message }]);
  }
}
