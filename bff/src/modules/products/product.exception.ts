import { ErrorCode } from '@rongtong/shared';
import { DomainException } from '../../infra/errors/domain.exception';
import { INVALID_CURSOR_MESSAGE } from '../../infra/graphql/pagination/page.args';

export enum ProductErrorCode {
  PRODUCT_NOT_FOUND = 'PRODUCT_NOT_FOUND',
  INVALID_CURSOR = 'INVALID_CURSOR',
}

const ERROR_CODES: Record<ProductErrorCode, ErrorCode> = {
  [ProductErrorCode.PRODUCT_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [ProductErrorCode.INVALID_CURSOR]: ErrorCode.BAD_USER_INPUT,
};

export class ProductException extends DomainException {
  constructor(
    readonly reason: ProductErrorCode,
    message: string,
    field?: string,
  ) {
    super(ERROR_CODES[reason], message, field ? [{ field, message }] : undefined);
  }

  static notFound(): ProductException {
    return new ProductException(ProductErrorCode.PRODUCT_NOT_FOUND, '未找到该金融产品，可能已下架');
  }

  static invalidCursor(): ProductException {
    return new ProductException(ProductErrorCode.INVALID_CURSOR, INVALID_CURSOR_MESSAGE, 'after');
  }
}
