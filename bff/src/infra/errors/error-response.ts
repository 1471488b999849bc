import { ERROR_MESSAGES, ErrorCode, type ErrorExtensions } from '@rongtong/shared';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorCodeForStatus } from './http-status';

/**
 * The one shape of every error answer, GraphQL or not: `{"errors":[{"message":"…","extensions":{"code":"…"}}]}`,
 * so a client reads a refusal of the HTTP layer (malformed JSON, 413, 414, 415) like any GraphQL error.
 */
export interface ErrorResponseBody {
  errors: Array<{ message: string; extensions: ErrorExtensions }>;
}

export function errorResponseBody(message: string, extensions: ErrorExtensions): ErrorResponseBody {
  return { errors: [{ message, extensions }] };
}

/** What a 400 of the HTTP layer says: the body could not be parsed (invalid JSON, wrong length, bad encoding). */
export const MALFORMED_REQUEST_MESSAGE = '请求格式错误：请求内容无法解析';

/**
 * The answer to a request the HTTP layer refused before any handler ran, by its status: the code of that status
 * (BAD_USER_INPUT for any other 4xx) and its Chinese message — never anything the client sent (a 414 does not
 * echo the URL).
 */
export function refusalBody(status: number): ErrorResponseBody {
  const known = errorCodeForStatus(status);
  const code = known === ErrorCode.INTERNAL_SERVER_ERROR && status < 500 ? ErrorCode.BAD_USER_INPUT : known;
  if (code === ErrorCode.BAD_USER_INPUT) {
    return errorResponseBody(status === 400 ? MALFORMED_REQUEST_MESSAGE : ERROR_MESSAGES[code], { code, fields: [] });
  }
  return errorResponseBody(ERROR_MESSAGES[code], { code });
}

/**
 * True when reading the request's body was started and then stopped for good (an upload refused while its body
 * was still arriving too slowly or too much): the connection closes after the answer instead of waiting for the
 * rest. A body nobody touched, or one still flowing, is read off the wire and dropped by Node, so the client — which
 * usually sends everything before it reads — hears the answer and the connection can serve the next request.
 */
export function bodyLeftUnread(request: IncomingMessage): boolean {
  return !request.complete && request.readableFlowing === false;
}

/** Writes an error answer on the raw Node response (under either platform). */
export function sendErrorResponse(request: IncomingMessage, response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (bodyLeftUnread(request)) response.setHeader('Connection', 'close');
  response.end(JSON.stringify(body));
}
