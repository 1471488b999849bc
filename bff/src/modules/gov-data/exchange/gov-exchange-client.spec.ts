import { GOV_EXCHANGE_HEADERS, SM3_OF_EMPTY_BODY, govExchangeStringToSign } from '@rongtong/shared';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from '../../../infra/config/app-config';
import { GovExchangeClient, type ExchangeCall } from './gov-exchange-client';

const SECRET = 'unit-test-exchange-secret';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

async function serve(handler: Handler): Promise<{ server: Server; url: string; requests: IncomingMessage[] }> {
  const requests: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    requests.push(request);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

function client(baseUrl: string): GovExchangeClient {
  const config = { govExchange: { baseUrl, appKey: 'unit-app', appSecret: SECRET, timeoutMs: 1000, refreshIntervalMinutes: 0 } } as AppConfig;
  return new GovExchangeClient(config);
}

const CALL: ExchangeCall = { path: '/gov/v1/sources/tax/91341200MA2TEST01X', consentRef: 'RTC-unit-reference', signing: 'HMAC-SM3', timeoutMs: 500, maxBytes: 64 };

describe('GovExchangeClient', () => {
  let running: Awaited<ReturnType<typeof serve>> | null = null;

  afterEach(async () => {
    running?.server.closeAllConnections();
    await new Promise((resolve) => running?.server.close(resolve));
    running = null;
  });

  it('signs a GET the contract way: HMAC-SM3 over method, full path, query, timestamp, nonce, reference and the empty body hash', async () => {
    running = await serve((_request, response) => response.end('{"ok":true}'));
    const answer = await client(`${running.url}/exchange/`).get(CALL);
    expect(answer).toEqual({ kind: 'OK', body: { ok: true } });
    const headers = running.requests[0]?.headers ?? {};
    expect(running.requests[0]?.url).toBe(`/exchange${CALL.path}`);
    expect(headers[GOV_EXCHANGE_HEADERS.appKey]).toBe('unit-app');
    expect(headers[GOV_EXCHANGE_HEADERS.consentRef]).toBe(CALL.consentRef);
    const nonce = String(headers[GOV_EXCHANGE_HEADERS.nonce]);
    const timestamp = String(headers[GOV_EXCHANGE_HEADERS.timestamp]);
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(Math.abs(Number(timestamp) - Date.now())).toBeLessThan(5_000);
    const expected = createHmac('sm3', SECRET)
      .update(
        govExchangeStringToSign({
          method: 'GET',
          path: `/exchange${CALL.path}`,
          query: '',
          timestamp,
          nonce,
          consentRef: CALL.consentRef,
          bodySm3Hex: SM3_OF_EMPTY_BODY,
        }),
      )
      .digest('hex');
    expect(headers[GOV_EXCHANGE_HEADERS.signature]).toBe(expected);
  });

  it('never sends the same nonce twice', async () => {
    running = await serve((_request, response) => response.end('{}'));
    const subject = client(running.url);
    await Promise.all([subject.get(CALL), subject.get(CALL), subject.get(CALL)]);
    const nonces = new Set(running.requests.map((request) => request.headers[GOV_EXCHANGE_HEADERS.nonce]));
    expect(nonces.size).toBe(3);
  });

  it('tells 5xx from refusals, and reads the refusal code', async () => {
    let status = 503;
    running = await serve((_request, response) => {
      response.statusCode = status;
      response.end(JSON.stringify({ code: status === 503 ? 'GOV_UNAVAILABLE' : 'GOV_CONSENT_REQUIRED', message: '…' }));
    });
    expect(await client(running.url).get(CALL)).toEqual({ kind: 'UNAVAILABLE', status: 503 });
    status = 403;
    expect(await client(running.url).get(CALL)).toEqual({ kind: 'REFUSED', status: 403, code: 'GOV_CONSENT_REQUIRED' });
  });

  it('refuses an answer larger than the limit, declared or streamed, and malformed JSON', async () => {
    let mode: 'declared' | 'chunked' | 'garbage' = 'declared';
    running = await serve((_request, response) => {
      if (mode === 'declared') response.end('x'.repeat(65));
      else if (mode === 'chunked') {
        response.write('x'.repeat(40));
        response.end('x'.repeat(40));
      } else response.end('{"not json');
    });
    expect(await client(running.url).get(CALL)).toEqual({ kind: 'TOO_LARGE' });
    mode = 'chunked';
    expect(await client(running.url).get(CALL)).toEqual({ kind: 'TOO_LARGE' });
    mode = 'garbage';
    expect(await client(running.url).get(CALL)).toEqual({ kind: 'MALFORMED' });
  });

  it('times out a provider that does not answer, and reports one that cannot be reached', async () => {
    running = await serve(() => undefined);
    const started = performance.now();
    expect(await client(running.url).get({ ...CALL, timeoutMs: 150 })).toEqual({ kind: 'TIMEOUT' });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await client('http://127.0.0.1:9').get(CALL)).toEqual({ kind: 'UNAVAILABLE', status: null });
  });
});
