import { ErrorCode } from '@rongtong/shared';
import { DomainException } from '../../infra/errors/domain.exception';

export enum FileErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  INVALID_UPLOAD = 'INVALID_UPLOAD',
  FORBIDDEN = 'FORBIDDEN',
  TIMED_OUT = 'TIMED_OUT',
}

const ERROR_CODES: Record<FileErrorCode, ErrorCode> = {
  [FileErrorCode.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [FileErrorCode.INVALID_UPLOAD]: ErrorCode.BAD_USER_INPUT,
  [FileErrorCode.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [FileErrorCode.TIMED_OUT]: ErrorCode.REQUEST_TIMEOUT,
};

export class FileException extends DomainException {
  constructor(
    readonly reason: FileErrorCode,
    message: string,
    field?: string,
  ) {
    super(ERROR_CODES[reason], message, field ? [{ field, message }] : undefined);
  }

  static notFound(): FileException {
    return new FileException(FileErrorCode.NOT_FOUND, '文件不存在');
  }

  static invalid(field: string, message: string): FileException {
    return new FileException(FileErrorCode.INVALID_UPLOAD, message, field);
  }

  /** The body did not arrive within the upload time limit (HTTP 408). */
  static timedOut(field: string): FileException {
    return new FileException(FileErrorCode.TIMED_OUT, '上传超时，请检查网络后重试', field);
  }

  static forbidden(): FileException {
    return new FileException(FileErrorCode.FORBIDDEN, '无权下载该文件');
  }
}
