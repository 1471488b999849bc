import { ErrorCode, type FieldError } from '@rongtong/shared';
import { DomainException } from '../../infra/errors/domain.exception';
import { ProductVersionStatus } from './product-version.entity';

const DECIDED_MESSAGES: Record<Exclude<ProductVersionStatus, ProductVersionStatus.PENDING>, string> = {
  [ProductVersionStatus.APPROVED]: '该审核已由其他运营人员通过',
  [ProductVersionStatus.REJECTED]: '该审核已由其他运营人员驳回',
  [ProductVersionStatus.CANCELLED]: '该变更已因产品下架而撤销，无需审核',
};

export class ProductManagementException extends DomainException {
  static notFound(): ProductManagementException {
    return new ProductManagementException(ErrorCode.NOT_FOUND, '未找到该产品');
  }

  static reviewNotFound(): ProductManagementException {
    return new ProductManagementException(ErrorCode.NOT_FOUND, '未找到该审核记录');
  }

  static otherInstitution(): ProductManagementException {
    return new ProductManagementException(ErrorCode.FORBIDDEN, '只能管理本机构的产品');
  }

  static invalid(fields: FieldError[]): ProductManagementException {
    const message = fields.length === 1 ? (fields[0]?.message ?? '取值不合法') : `有 ${fields.length} 项输入不符合要求`;
    return new ProductManagementException(ErrorCode.BAD_USER_INPUT, message, fields);
  }

  static wrongStatus(message: string): ProductManagementException {
    return new ProductManagementException(ErrorCode.CONFLICT, message);
  }

  /** The review has a decision already (another operator's, or a retirement cancelled it). */
  static alreadyDecided(status: Exclude<ProductVersionStatus, ProductVersionStatus.PENDING>): ProductManagementException {
    return new ProductManagementException(ErrorCode.CONFLICT, DECIDED_MESSAGES[status]);
  }

  /** A compare-and-set found the row changed since it was read. */
  static changedMeanwhile(): ProductManagementException {
    return new ProductManagementException(ErrorCode.CONFLICT, '产品状态已被他人更新，请刷新后重试');
  }

  static invalidCursor(): ProductManagementException {
    const message = '分页游标无效，请从第一页重新加载';
    return new ProductManagementException(ErrorCode.BAD_USER_INPUT, message, [{ field: 'after', message }]);
  }
}
