import {
  DATA_SOURCES,
  DataSource,
  SM3_OF_EMPTY_BODY,
  govExchangeSourcePath,
  syntheticEnterprise,
  syntheticUscc,
  type GovSourceResponse,
  type MarketRegistrationData,
  type TaxData,
} from '@rongtong/shared';
import { buildMockServer, type MockServerOptions } from '../../app';
import type { FaultRule } from '../../faults/fault-rule';
import type { GovRequestLogEntry } from './request-log';
import { govExchangeSignature } from './signature';

type App = ReturnType<typeof buildMockServer>;

const APP_KEY = 'rongtong-bff';
const SECRET = 'rongtong-dev-gov-exchange-secret';
const CONSENT_REF = 'consent:01J9Z8Q4.T1';
const NOW = Date.UTC(2026, 10, 20, 8, 0, 0);
const USCC = syntheticUscc(0);

interface SignOptions {
  appKey?: string;
  secret?: string;
  timestamp?: number;
  nonce?: string;
  consentRef?: string | null;
  /** Signs this path instead of the one requested. */
  signedPath?: string;
}

let nonceCounter = 0;

/** Headers of a correctly signed request, unless an option says otherwise. */
function signedHeaders(url: string, options: SignOptions = {}): Record<string, string> {
  const [path, query = ''] = url.split('?');
  const timestamp = String(options.timestamp ?? NOW);
  const nonce = options.nonce ?? `test-nonce-${String((nonceCounter += 1)).padStart(8, '0')}`;
  const consentRef = options.consentRef === undefined ? CONSENT_REF : options.consentRef;
  const signature = govExchangeSignature(options.secret ?? SECRET, {
    method: 'GET',
    path: options.signedPath ?? path,
    query,
    timestamp,
    nonce,
    consentRef: consentRef ?? '',
    bodySm3Hex: SM3_OF_EMPTY_BODY,
  });
  const headers: Record<string, string> = {
    'x-gov-app-key': options.appKey ?? APP_KEY,
    'x-gov-timestamp': timestamp,
    'x-gov-nonce': nonce,
    'x-gov-signature': signature,
  };
  if (consentRef !== null) headers['x-gov-consent-ref'] = consentRef;
  return headers;
}

function serverWith(options: MockServerOptions = {}): App {
  return buildMockServer({ logger: false, gov: { asOfMonth: '2026-11', nowMs: () => NOW }, ...options });
}

describe('government data exchange sources', () => {
  let app: App;

  beforeEach(() => {
    app = serverWith();
  });

  afterEach(async () => {
    await app.close();
  });

  const get = (url: string, headers: Record<string, string> = signedHeaders(url)) => app.inject({ method: 'GET', url, headers });
  const log = (): GovRequestLogEntry[] => app.mock.gov.requests.list();

  it('answers a signed request for each source with the documented envelope', async () => {
    for (const source of DATA_SOURCES) {
      const response = await get(govExchangeSourcePath(source, USCC));
      expect(response.statusCode).toBe(200);
      const body = response.json<GovSourceResponse>();
      expect(body).toMatchObject({ source, uscc: USCC, consentRef: CONSENT_REF, asOf: '2026-11-30', complete: true, missing: [] });
      expect(body.requestId).toBe(response.headers['x-gov-request-id']);
      expect(Object.keys(body.data).length).toBeGreaterThan(0);
    }
    expect(log().map((entry) => [entry.source, entry.outcome, entry.status])).toEqual(DATA_SOURCES.map((source) => [source, 'OK', 200]));
  });

  it('agrees with the synthetic register', async () => {
    for (const index of [0, 1, 2, 50, 999]) {
      const uscc = syntheticUscc(index);
      const data = (await get(govExchangeSourcePath(DataSource.MARKET_REGISTRATION, uscc))).json<GovSourceResponse>().data as MarketRegistrationData;
      const { scale: _scale, uscc: _uscc, ...register } = syntheticEnterprise(uscc);
      expect(data).toEqual({ ...register, status: data.status });
      expect(['IN_OPERATION', 'SUSPENDED', 'REVOKED', 'DEREGISTERED']).toContain(data.status);
    }
  });

  it('gives the same data bytes for the same USCC and as-of month, on any server', async () => {
    const url = govExchangeSourcePath(DataSource.TAX, USCC);
    const first = (await get(url)).json<GovSourceResponse>();
    const second = (await get(url)).json<GovSourceResponse>();
    const other = serverWith({ seed: 99 });
    const third = (await other.inject({ method: 'GET', url, headers: signedHeaders(url) })).json<GovSourceResponse>();
    await other.close();
    expect(JSON.stringify(second.data)).toBe(JSON.stringify(first.data));
    expect(JSON.stringify(third.data)).toBe(JSON.stringify(first.data));
    expect(second.requestId).not.toBe(first.requestId);
  });

  it('serves 24 months ending at the as-of month, oldest first, and the three full years before it', async () => {
    const data = (await get(govExchangeSourcePath(DataSource.TAX, syntheticUscc(5)))).json<GovSourceResponse>().data as TaxData;
    expect(data.monthly).toHaveLength(24);
    expect(data.monthly[0].month).toBe('2024-12');
    expect(data.monthly[23].month).toBe('2026-11');
    expect(data.annual.map((entry) => entry.year)).toEqual([2023, 2024, 2025]);
    expect(['A', 'B', 'M', 'C', 'D']).toContain(data.creditRating);
    expect(data.ratingYear).toBe(2025);
    for (const entry of data.monthly) {
      expect(Number.isSafeInteger(entry.revenueFen) && entry.revenueFen >= 0).toBe(true);
      expect(Number.isSafeInteger(entry.taxPaidFen) && entry.taxPaidFen >= 0).toBe(true);
    }
  });

  describe('refuses', () => {
    const url = govExchangeSourcePath(DataSource.TAX, USCC);

    it.each(['x-gov-app-key', 'x-gov-timestamp', 'x-gov-nonce', 'x-gov-signature'])('a request without %s', async (header) => {
      const headers = signedHeaders(url);
      delete headers[header];
      const response = await get(url, headers);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: 'GOV_SIGNATURE_INVALID' });
      expect(response.json<{ message: string }>().message).toContain('请求头');
    });

    it('a forged signature, a signature of another path and a malformed one', async () => {
      for (const headers of [
        signedHeaders(url, { secret: 'not-the-secret-0123' }),
        signedHeaders(url, { signedPath: govExchangeSourcePath(DataSource.JUDICIAL, USCC) }),
        { ...signedHeaders(url), 'x-gov-signature': 'zz' },
        { ...signedHeaders(url), 'x-gov-consent-ref': 'consent:another-ref' },
      ]) {
        const response = await get(url, headers);
        expect(response.statusCode).toBe(401);
        expect(response.json()).toMatchObject({ code: 'GOV_SIGNATURE_INVALID' });
      }
    });

    it('an unknown app key, with the same answer as a wrong signature', async () => {
      const response = await get(url, signedHeaders(url, { appKey: 'stranger', secret: SECRET }));
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ code: 'GOV_SIGNATURE_INVALID', message: '请求签名无效：应用标识或签名不正确' });
    });

    it('a timestamp more than five minutes old or ahead, and accepts one just inside', async () => {
      for (const offset of [-300_001, 300_001, -3_600_000]) {
        const response = await get(url, signedHeaders(url, { timestamp: NOW + offset }));
        expect(response.statusCode).toBe(401);
        expect(response.json()).toMatchObject({ code: 'GOV_TIMESTAMP_STALE' });
      }
      for (const offset of [-300_000, 300_000]) expect((await get(url, signedHeaders(url, { timestamp: NOW + offset }))).statusCode).toBe(200);
    });

    it('a replayed nonce, but not the same nonce from another app key', async () => {
      const other = serverWith({
        gov: {
          asOfMonth: '2026-11',
          nowMs: () => NOW,
          appKeys: [{ appKey: APP_KEY, secret: SECRET }, { appKey: 'bank-a', secret: 'bank-a-secret-0123' }],
        },
      });
      const headers = signedHeaders(url, { nonce: 'replayed-nonce-0001' });
      expect((await other.inject({ method: 'GET', url, headers })).statusCode).toBe(200);
      const replay = await other.inject({ method: 'GET', url, headers });
      expect(replay.statusCode).toBe(409);
      expect(replay.json()).toMatchObject({ code: 'GOV_NONCE_REUSED' });
      const bank = signedHeaders(url, { nonce: 'replayed-nonce-0001', appKey: 'bank-a', secret: 'bank-a-secret-0123' });
      expect((await other.inject({ method: 'GET', url, headers: bank })).statusCode).toBe(200);
      await other.close();
    });

    it('a request without a consent reference, or with a malformed one', async () => {
      for (const consentRef of [null, 'short', 'has space 123', 'x'.repeat(129)]) {
        const response = await get(url, signedHeaders(url, { consentRef }));
        expect(response.statusCode).toBe(403);
        expect(response.json()).toEqual({ code: 'GOV_CONSENT_REQUIRED', message: '缺少有效的数据授权编号（X-Gov-Consent-Ref）' });
      }
    });

    it('an invalid USCC, naming the reason', async () => {
      const bad = '/gov/v1/sources/tax/913412255699593206';
      const response = await get(bad);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'GOV_BAD_REQUEST' });
      expect(response.json<{ message: string }>().message).toContain('校验位');
    });

    it('an unknown source', async () => {
      const response = await get(`/gov/v1/sources/credit-bureau/${USCC}`);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ code: 'GOV_UNKNOWN_SOURCE', message: '未知的数据源：credit-bureau' });
    });

    it('generating nothing, while logging each refusal', async () => {
      await get(url, signedHeaders(url, { consentRef: null }));
      await get(url, signedHeaders(url, { secret: 'not-the-secret-0123' }));
      expect(log().map((entry) => [entry.outcome, entry.status, entry.consentRef])).toEqual([
        ['GOV_CONSENT_REQUIRED', 403, null],
        ['GOV_SIGNATURE_INVALID', 401, CONSENT_REF],
      ]);
    });
  });

  describe('request log', () => {
    it('lists each request over the admin API and empties on DELETE', async () => {
      const url = govExchangeSourcePath(DataSource.JUDICIAL, USCC);
      await get(url);
      const listed = (await app.inject({ method: 'GET', url: '/_admin/gov/requests' })).json<{ requests: GovRequestLogEntry[] }>();
      expect(listed.requests).toEqual([
        {
          at: new Date(NOW).toISOString(),
          requestId: expect.any(String),
          method: 'GET',
          path: url,
          source: 'JUDICIAL',
          uscc: USCC,
          appKey: APP_KEY,
          consentRef: CONSENT_REF,
          status: 200,
          outcome: 'OK',
        },
      ]);
      expect((await app.inject({ method: 'DELETE', url: '/_admin/gov/requests' })).json()).toEqual({ cleared: 1 });
      expect(log()).toEqual([]);
    });

    it('is not registered when the admin API is off, but still kept in-process', async () => {
      const quiet = serverWith({ adminEnabled: false });
      expect((await quiet.inject({ method: 'GET', url: '/_admin/gov/requests' })).statusCode).toBe(404);
      const url = govExchangeSourcePath(DataSource.TAX, USCC);
      await quiet.inject({ method: 'GET', url, headers: signedHeaders(url) });
      expect(quiet.mock.gov.requests.size).toBe(1);
      await quiet.close();
    });
  });
});

describe('government data exchange faults', () => {
  const url = govExchangeSourcePath(DataSource.TAX, USCC);
  const withFaults = (faults: FaultRule[]): App => serverWith({ faults });

  it('answers 503 GOV_UNAVAILABLE at error rate 1, and logs it', async () => {
    const app = withFaults([{ route: '/gov/v1/sources/*', errorRate: 1 }]);
    const response = await app.inject({ method: 'GET', url, headers: signedHeaders(url) });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ code: 'GOV_UNAVAILABLE', message: '数据源暂时不可用，请稍后重试' });
    expect(app.mock.gov.requests.list().map((entry) => [entry.outcome, entry.status])).toEqual([['GOV_UNAVAILABLE', 503]]);
    await app.close();
  });

  it('delays a source by the configured latency', async () => {
    const waits: number[] = [];
    const app = serverWith({ faults: [{ route: '/gov/v1/sources/tax/*', latencyMs: 1_500 }], sleep: async (ms) => void waits.push(ms) });
    expect((await app.inject({ method: 'GET', url, headers: signedHeaders(url) })).statusCode).toBe(200);
    expect(waits).toEqual([1_500]);
    await app.close();
  });

  it('drops the named fields and reports them in missing', async () => {
    const app = withFaults([{ route: '/gov/v1/sources/*', partialRate: 1, partialFields: ['arrearsFen', 'creditRating'] }]);
    const body = (await app.inject({ method: 'GET', url, headers: signedHeaders(url) })).json<GovSourceResponse>();
    expect(body.complete).toBe(false);
    expect(body.missing).toEqual(['arrearsFen', 'creditRating']);
    expect(Object.keys(body.data).sort()).toEqual(['annual', 'monthly', 'ratingYear']);
    expect(app.mock.gov.requests.list()[0].outcome).toBe('PARTIAL');
    const registration = govExchangeSourcePath(DataSource.MARKET_REGISTRATION, USCC);
    const untouched = (await app.inject({ method: 'GET', url: registration, headers: signedHeaders(registration) })).json<GovSourceResponse>();
    expect(untouched).toMatchObject({ complete: true, missing: [] });
    await app.close();
  });

  it('drops a random subset when no fields are named, replayed by the seed', async () => {
    const run = async (): Promise<string[][]> => {
      const app = serverWith({ seed: 7, faults: [{ route: '/gov/v1/*', partialRate: 0.5 }] });
      const missing: string[][] = [];
      for (let i = 0; i < 12; i += 1) {
        const body = (await app.inject({ method: 'GET', url, headers: signedHeaders(url) })).json<GovSourceResponse>();
        expect(Object.keys(body.data).some((key) => body.missing.includes(key))).toBe(false);
        expect(body.complete).toBe(body.missing.length === 0);
        missing.push(body.missing);
      }
      await app.close();
      return missing;
    };
    const first = await run();
    expect(first.some((fields) => fields.length > 0)).toBe(true);
    expect(first.some((fields) => fields.length === 0)).toBe(true);
    expect(await run()).toEqual(first);
  });

  /** A server listening on a free port for one test, closed whatever the test does. */
  async function listening(faults: FaultRule[], test: (app: App, base: string) => Promise<void>): Promise<void> {
    const app = withFaults(faults);
    try {
      await test(app, await app.listen({ port: 0, host: '127.0.0.1' }));
    } finally {
      await app.close();
    }
  }

  it('holds a request unanswered past the caller timeout, logs it, and lets the server close at once', async () => {
    let app: App | undefined;
    await listening([{ route: '/gov/v1/sources/*', timeoutRate: 1, hangMs: 60_000, times: 1 }], async (server, base) => {
      app = server;
      const started = Date.now();
      await expect(fetch(base + url, { headers: signedHeaders(url), signal: AbortSignal.timeout(300) })).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(server.mock.gov.requests.list().map((entry) => [entry.outcome, entry.status])).toEqual([['TIMEOUT', null]]);
      const next = await fetch(base + url, { headers: signedHeaders(url) });
      expect(next.status).toBe(200);
      await next.text();
      // A second request held for a minute must not hold up closing.
      server.mock.faults.replace([{ route: '/gov/v1/sources/*', timeoutRate: 1, hangMs: 60_000 }]);
      void fetch(base + url, { headers: signedHeaders(url) }).catch(() => undefined);
      while (server.mock.gov.requests.size < 3) await new Promise((resolve) => setTimeout(resolve, 10));
    });
    expect(app?.server.listening).toBe(false);
  });

  it('drops the connection without an answer when the hang ends first', async () => {
    await listening([{ route: '/gov/v1/sources/*', timeoutRate: 1, hangMs: 50 }], async (_app, base) => {
      await expect(fetch(base + url, { headers: signedHeaders(url), signal: AbortSignal.timeout(5_000) })).rejects.toThrow('fetch failed');
    });
  });
});
