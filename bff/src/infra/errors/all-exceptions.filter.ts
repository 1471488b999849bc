import { Catch, HttpException, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ERROR_MESSAGES, ErrorCode, type FieldError } from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logging.module';
import { DomainException, type ExtraErrorExtensions } from './domain.exception';
import { statusForErrorCode } from './http-status';

interface ErrorBody extends ExtraErrorExtensions {
  code: ErrorCode;
  message: string;
  fields?: readonly FieldError[];
  correlationId?: string;
}

/** The raw Node response under either platform (Express's response is one; Fastify's reply exposes `.raw`). */
function rawResponse(response: unknown): ServerResponse {
  const candidate = response as { raw?: ServerResponse };
  return candidate.raw ?? (response as ServerResponse);
}

/**
 * REST endpoints (health, metrics, static files) answer errors as JSON without internals. GraphQL errors are
 * re-thrown untouched so Apollo's formatError (graphql-error-formatter.ts) shapes and logs them once.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() !== 'http') throw exception;
    const [status, body] = this.describe(exception);
    const response = rawResponse(host.switchToHttp().getResponse());
    if (response.headersSent) return;
    response.statusCode = status;
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.end(JSON.stringify(body));
  }

  private describe(exception: unknown): [number, unknown] {
    if (exception instanceof HttpException) {
      const payload = exception.getResponse();
      return [exception.getStatus(), typeof payload === 'object' ? payload : { message: payload }];
    }
    if (exception instanceof DomainException) {
      const body: ErrorBody = { ...exception.extensions, code: exception.code, message: exception.message };
      if (exception.fields) body.fields = exception.fields;
      return [statusForErrorCode(exception.code), body];
    }
    const correlationId = randomUUID();
    this.logger.error({ correlationId, err: exception }, 'unexpected error in HTTP request');
    const body: ErrorBody = {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      message: ERROR_MESSAGES[ErrorCode.INTERNAL_SERVER_ERROR],
      correlationId,
    };
    return [500, body];
  }
}
