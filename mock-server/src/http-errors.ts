import type { FastifyError, FastifyInstance } from 'fastify';
import { ERROR_MESSAGES, ErrorCode, type FieldError } from '@rongtong/shared';

export interface ErrorBody {
  code: string;
  message: string;
  fields?: FieldError[];
}

export const MOCK_FAULT_BODY: ErrorBody = Object.freeze({ code: 'MOCK_FAULT', message: '模拟故障' });

export function badUserInput(fields: FieldError[]): ErrorBody {
  return { code: ErrorCode.BAD_USER_INPUT, message: ERROR_MESSAGES[ErrorCode.BAD_USER_INPUT], fields };
}

export function notFound(message: string = ERROR_MESSAGES[ErrorCode.NOT_FOUND]): ErrorBody {
  return { code: ErrorCode.NOT_FOUND, message };
}

/** Framework-level client errors (bad JSON, wrong content type, body too large) in Chinese. */
const CLIENT_ERROR_MESSAGES: Record<string, FieldError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { field: 'body', message: '请求体不是合法的 JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { field: 'body', message: '请求体不能为空' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { field: 'content-type', message: '不支持的请求体类型，请使用 application/json' },
  FST_ERR_CTP_BODY_TOO_LARGE: { field: 'body', message: '请求体过大' },
};

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send(notFound(`未找到 ${request.method} ${request.url.split('?')[0]}`));
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const field = CLIENT_ERROR_MESSAGES[error.code] ?? { field: 'request', message: '请求无法处理' };
      return reply.code(status).send(badUserInput([field]));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      message: ERROR_MESSAGES[ErrorCode.INTERNAL_SERVER_ERROR],
    });
  });
}
