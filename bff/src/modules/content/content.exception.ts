import { ErrorCode } from '@rongtong/shared';
import { DomainException } from '../../infra/errors/domain.exception';
import { INVALID_CURSOR_MESSAGE } from '../../infra/graphql/pagination/page.args';

export enum ContentErrorCode {
  POLICY_NOT_FOUND = 'POLICY_NOT_FOUND',
  NEWS_NOT_FOUND = 'NEWS_NOT_FOUND',
  INVALID_CURSOR = 'INVALID_CURSOR',
  INVALID_INPUT = 'INVALID_INPUT',
  WRONG_STATUS = 'WRONG_STATUS',
  EDITED_MEANWHILE = 'EDITED_MEANWHILE',
}

const ERROR_CODES: Record<ContentErrorCode, ErrorCode> = {
  [ContentErrorCode.POLICY_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [ContentErrorCode.NEWS_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [ContentErrorCode.INVALID_CURSOR]: ErrorCode.BAD_USER_INPUT,
  [ContentErrorCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [ContentErrorCode.WRONG_STATUS]: ErrorCode.CONFLICT,
  [ContentErrorCode.EDITED_MEANWHILE]: ErrorCode.CONFLICT,
};

export class ContentException extends DomainException {
  constructor(
    readonly reason: ContentErrorCode,
    message: string,
    field?: string,
  ) {
    super(ERROR_CODES[reason], message, field ? [{ field, message }] : undefined);
  }

  static policyNotFound(): ContentException {
    return new ContentException(ContentErrorCode.POLICY_NOT_FOUND, '未找到该政策');
  }

  static newsNotFound(): ContentException {
    return new ContentException(ContentErrorCode.NEWS_NOT_FOUND, '未找到该资讯');
  }

  static invalidCursor(): ContentException {
    return new ContentException(ContentErrorCode.INVALID_CURSOR, INVALID_CURSOR_MESSAGE, 'after');
  }

  static invalid(field: string, message: string): ContentException {
    return new ContentException(ContentErrorCode.INVALID_INPUT, message, field);
  }

  static wrongStatus(message: string): ContentException {
    return new ContentException(ContentErrorCode.WRONG_STATUS, message);
  }

  /** The edit was based on a version another operator's write has since replaced. */
  static editedMeanwhile(): ContentException {
    return new ContentException(ContentErrorCode.EDITED_MEANWHILE, '该内容已被他人修改，请刷新后重试');
  }
}
