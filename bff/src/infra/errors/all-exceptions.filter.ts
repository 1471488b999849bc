import { Catch, HttpException, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ERROR_MESSAGES, ErrorCode, type ErrorExtensions } from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logging.module';
import { DomainException } from './domain.exception';
import { errorResponseBody, refusalBody, sendErrorResponse } from './error-response';
import { statusForErrorCode } from './http-status';

/** The raw Node response under either platform (Express's response is one; Fastify's reply exposes `.raw`). */
function rawResponse(response: unknown): ServerResponse {
  const candidate = response as { raw?: ServerResponse };
  return candidate.raw ?? (response as ServerResponse);
}

function rawRequest(request: unknown): IncomingMessage {
  const candidate = request as { raw?: IncomingMessage };
  return candidate.raw ?? (request as IncomingMessage);
}

/**
 * A refusal of Express's body parsers that Nest passes on as it is (http-errors: a 4xx `status` that may be shown):
 * a body over the limit (413), an unsupported charset or encoding (415), a length that does not match (400).
 */
function bodyParserStatus(exception: unknown): number | undefined {
  const candidate = exception as { status?: unknown; expose?: unknown } | null;
  if (!(exception instanceof Error) || typeof candidate?.status !== 'number' || candidate.expose !== true) return undefined;
  return candidate.status >= 400 && candidate.status < 500 ? candidate.status : undefined;
}

/**
 * Nest's own exceptions (an unknown route, a refusal of Fastify's body handling that Nest turned into an
 * HttpException: invalid JSON, 413, 415) carry a string or `{ message, statusCode }`; any other object is a body an
 * endpoint chose (the health report) and is sent as it is.
 */
function isChosenBody(payload: string | object): payload is object {
  return typeof payload === 'object' && !('statusCode' in payload);
}

/**
 * REST endpoints (uploads, health, metrics, static files) and the HTTP layer answer errors in the shape of GraphQL
 * errors (error-response.ts), without internals. GraphQL errors are re-thrown untouched so Apollo's formatError
 * (graphql-error-formatter.ts) shapes and logs them once.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() !== 'http') throw exception;
    const [status, body] = this.describe(exception);
    const http = host.switchToHttp();
    const response = rawResponse(http.getResponse());
    if (response.headersSent || response.destroyed) return;
    sendErrorResponse(rawRequest(http.getRequest()), response, status, body);
  }

  private describe(exception: unknown): [number, unknown] {
    if (exception instanceof HttpException) {
      const payload = exception.getResponse();
      const status = exception.getStatus();
      return [status, isChosenBody(payload) ? payload : refusalBody(status)];
    }
    if (exception instanceof DomainException) {
      const extensions: ErrorExtensions = { ...exception.extensions, code: exception.code };
      if (exception.fields) extensions.fields = [...exception.fields];
      return [statusForErrorCode(exception.code), errorResponseBody(exception.message, extensions)];
    }
    const parserStatus = bodyParserStatus(exception);
    if (parserStatus !== undefined) return [parserStatus, refusalBody(parserStatus)];
    const correlationId = randomUUID();
    this.logger.error({ correlationId, err: exception }, 'unexpected error in HTTP request');
    const code = ErrorCode.INTERNAL_SERVER_ERROR;
    return [500, errorResponseBody(ERROR_MESSAGES[code], { code, correlationId })];
  }
}
