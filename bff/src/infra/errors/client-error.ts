import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { refusalBody } from './error-response';

/** The longest request target answered; a longer one is refused with 414 URI_TOO_LONG (as nginx does at 8 KB). */
export const MAX_URL_LENGTH = 8 * 1024;

/** What Node's HTTP parser hands to `clientError`: a code and (as a Buffer) the bytes it was parsing. */
export interface ClientError extends Error {
  code?: string;
  rawPacket?: unknown;
}

/**
 * Node refuses every header block over `maxHeaderSize` (16 KB) the same way; the request line is part of it. When the
 * bytes it was parsing start with a request line longer than MAX_URL_LENGTH (or one that never ends), the URL is what
 * overflowed: 414; otherwise the headers did: 431.
 */
function headerOverflowStatus(rawPacket: unknown): number {
  if (!Buffer.isBuffer(rawPacket)) return 431;
  const lineEnd = rawPacket.indexOf('\r\n');
  return lineEnd < 0 || lineEnd > MAX_URL_LENGTH ? 414 : 431;
}

/** The status for an error of Node's HTTP parser or its timeouts. */
export function clientErrorStatus(error: ClientError): number {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return headerOverflowStatus(error.rawPacket);
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return 408;
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return 413;
    default:
      return 400;
  }
}

/**
 * The `clientError` handler of the HTTP server on either platform (Fastify's `clientErrorHandler`, a listener on
 * Express's server): a request Node could not parse (URL or headers too large, malformed HTTP) or that did not arrive
 * in time gets the uniform error answer — never an echo of what was sent — and the connection closes.
 */
export function answerClientError(error: ClientError, socket: Duplex): void {
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const status = clientErrorStatus(error);
  const body = JSON.stringify(refusalBody(status));
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Bad Request'}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`, () => socket.destroy());
}
