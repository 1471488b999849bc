import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

/** What came back on a raw connection: the parsed answer, or nothing before the connection closed. */
export type RawAnswer =
  | { kind: 'answer'; status: number; headers: Record<string, string>; body: string }
  | { kind: 'closed' };

export interface RawRequest {
  /** The request line and headers, without the blank line that ends them. */
  head: string;
  body?: Buffer;
  /** Send the body in pieces of `bytes`, one every `everyMs` (a slow-drip client). */
  drip?: { bytes: number; everyMs: number };
  /** Destroy the connection after this many bytes of the body (an aborted upload). */
  abortAfter?: number;
  /** Stop waiting for an answer after this long. */
  timeoutMs?: number;
}

/** Starts the app on a free loopback port (a real socket: supertest can neither drip nor abort). */
export async function listenOnLoopback(app: INestApplication): Promise<number> {
  await app.listen(0, '127.0.0.1');
  return ((app.getHttpServer() as Server).address() as AddressInfo).port;
}

function parseAnswer(bytes: Buffer): RawAnswer | undefined {
  const headEnd = bytes.indexOf('\r\n\r\n');
  if (headEnd < 0) return undefined;
  const [statusLine = '', ...lines] = bytes.subarray(0, headEnd).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const rest = bytes.subarray(headEnd + 4);
  if (headers['transfer-encoding'] === 'chunked') {
    const chunks: Buffer[] = [];
    let offset = 0;
    for (;;) {
      const sizeEnd = rest.indexOf('\r\n', offset);
      if (sizeEnd < 0) return undefined;
      const size = parseInt(rest.subarray(offset, sizeEnd).toString('latin1'), 16);
      if (size === 0) return { kind: 'answer', status, headers, body: Buffer.concat(chunks).toString('utf8') };
      if (rest.length < sizeEnd + 2 + size + 2) return undefined;
      chunks.push(rest.subarray(sizeEnd + 2, sizeEnd + 2 + size));
      offset = sizeEnd + 2 + size + 2;
    }
  }
  const length = Number(headers['content-length'] ?? NaN);
  if (Number.isNaN(length) || rest.length < length) return undefined;
  return { kind: 'answer', status, headers, body: rest.subarray(0, length).toString('utf8') };
}

/**
 * One request over a fresh TCP connection, written byte for byte as given: bodies may be truncated, malformed,
 * dripped or cut off. Resolves with the answer as soon as it is complete, or `closed` when the connection ends first.
 */
export function rawExchange(port: number, request: RawRequest): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    let settled = false;
    let drip: NodeJS.Timeout | undefined;
    const finish = (answer: RawAnswer): void => {
      if (settled) return;
      settled = true;
      clearInterval(drip);
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => {
      settled = true;
      clearInterval(drip);
      socket.destroy();
      reject(new Error(`no answer within ${request.timeoutMs ?? 10_000} ms to ${request.head.split('\r\n')[0]?.slice(0, 80)}`));
    }, request.timeoutMs ?? 10_000);
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk);
      const answer = parseAnswer(Buffer.concat(received));
      if (answer) finish(answer);
    });
    socket.on('close', () => finish(parseAnswer(Buffer.concat(received)) ?? { kind: 'closed' }));
    // A reset after the answer was read, or while writing a body the server stopped reading, is no failure.
    socket.on('error', () => undefined);
    socket.on('connect', () => {
      socket.write(`${request.head}\r\n\r\n`);
      const body = request.body ?? Buffer.alloc(0);
      if (request.abortAfter !== undefined) {
        socket.write(body.subarray(0, request.abortAfter), () => socket.destroy());
        return;
      }
      if (!request.drip) {
        if (body.length > 0) socket.write(body);
        return;
      }
      const { bytes, everyMs } = request.drip;
      let offset = 0;
      drip = setInterval(() => {
        if (offset >= body.length || socket.destroyed) {
          clearInterval(drip);
          return;
        }
        socket.write(body.subarray(offset, offset + bytes));
        offset += bytes;
      }, everyMs);
    });
  });
}
