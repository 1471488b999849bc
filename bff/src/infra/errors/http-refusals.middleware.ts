import type { IncomingMessage } from 'node:http';
import type { Middleware } from '../http/http-observer.middleware';
import { MAX_URL_LENGTH } from './client-error';
import { refusalBody, sendErrorResponse } from './error-response';

/**
 * The media types a body may have: JSON (GraphQL), multipart forms (uploads) and text/plain, which Apollo's CSRF
 * prevention refuses itself with its own message. Fastify knows no others and answers 415; Express would hand them
 * to Apollo as an empty body — this makes both answer 415 alike.
 */
const BODY_MEDIA_TYPES: ReadonlySet<string> = new Set(['application/json', 'multipart/form-data', 'text/plain']);

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function mediaType(request: IncomingMessage): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The refusal status for a request no handler should see (a URL too long, a body of an unsupported type). */
export function refusalStatus(request: IncomingMessage): number | undefined {
  if ((request.url ?? '').length > MAX_URL_LENGTH) return 414;
  if (hasBody(request) && !BODY_MEDIA_TYPES.has(mediaType(request))) return 415;
  return undefined;
}

/**
 * Refuses, on either platform and before any route, a URL longer than MAX_URL_LENGTH (414) and a body of a media
 * type nothing here reads (415), in the uniform error shape. Longer URLs than Node's header limit never get here:
 * answerClientError (client-error.ts) refuses those.
 */
export function httpRefusals(): Middleware {
  return (request, response, next) => {
    const status = refusalStatus(request);
    if (status === undefined) {
      next();
      return;
    }
    sendErrorResponse(request, response, status, refusalBody(status));
  };
}
