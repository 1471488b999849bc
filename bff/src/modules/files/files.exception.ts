import { ErrorCode } from '@rongtong/shared';
import { DomainException } from '../../infra/errors/domain.exception';

export enum FileErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  INVALID_UPLOAD = 'INVALID_UPLOAD',
  FORBIDDEN = 'FORBIDDEN',
}

const ERROR_CODES: Record<FileErrorCode, ErrorCode> = {
  [FileErrorCode.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [FileErrorCode.INVALID_UPLOAD]: ErrorCode.BAD_USER_INPUT,
  [FileErrorCode.FORBIDDEN]: ErrorCode.FORBIDDEN,
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

  static forbidden(): FileException {
    return new FileException(FileErrorCode.FORBIDDEN, '无权下载该文件');
  }
}
