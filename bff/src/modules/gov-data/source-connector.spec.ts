import { DataSource } from '@rongtong/shared';
import type { AppConfig } from '../../infra/config/app-config';
import type { ExchangeAnswer, ExchangeCall, GovExchangeClient } from './exchange/gov-exchange-client';
import { SourceConnector } from './source-connector';
import type { GovSourceDescription } from './sources/source-description';

const USCC = '91341200MA2TEST01X';
const REF = 'RTC-consent-reference-1';

const DESCRIPTION: GovSourceDescription<{ value: number | null }> = {
  key: DataSource.TAX,
  scope: DataSource.TAX,
  slug: 'tax',
  label: '纳税信息',
  signing: 'HMAC-SM3',
  freshnessHours: 24,
  retry: { attempts: 3, backoffMs: 10 },
  maxPayloadBytes: 4096,
  fields: ['value'],
  map: (data) => ({ value: data.integer('value', 0, 100) }),
};

function envelope(overrides: Record<string, unknown> = {}): ExchangeAnswer {
  return {
    kind: 'OK',
    body: { source: 'TAX', uscc: USCC, requestId: 'req-1', consentRef: REF, asOf: '2026-11-30', complete: true, missing: [], data: { value: 7 }, ...overrides },
  };
}

/** A client that answers from a script and remembers what it was asked. */
function scripted(answers: ExchangeAnswer[]): { client: GovExchangeClient; calls: ExchangeCall[] } {
  const calls: ExchangeCall[] = [];
  const client = {
    get: async (call: ExchangeCall) => {
      calls.push(call);
      const answer = answers.shift();
      if (!answer) throw new Error('no more answers scripted');
      return answer;
    },
  } as unknown as GovExchangeClient;
  return { client, calls };
}

function connector(client: GovExchangeClient, timeoutMs = 1000): SourceConnector {
  return new SourceConnector(client, { govExchange: { timeoutMs } } as AppConfig);
}

describe('SourceConnector', () => {
  it('fetches the source path under the consent reference with the call timeout and size limit', async () => {
    const { client, calls } = scripted([envelope()]);
    const result = await connector(client).fetch(DESCRIPTION, USCC, REF);
    expect(result).toEqual({ kind: 'OK', attempts: 1, envelope: { requestId: 'req-1', asOf: '2026-11-30', complete: true, missing: [], data: { value: 7 } } });
    expect(calls).toEqual([{ path: `/gov/v1/sources/tax/${USCC}`, consentRef: REF, signing: 'HMAC-SM3', timeoutMs: 1000, maxBytes: 4096 }]);
  });

  it('retries 5xx answers and timeouts, and then succeeds', async () => {
    const { client, calls } = scripted([{ kind: 'UNAVAILABLE', status: 503 }, { kind: 'TIMEOUT' }, envelope()]);
    const result = await connector(client, 400).fetch(DESCRIPTION, USCC, REF);
    expect(result.kind).toBe('OK');
    expect(result.attempts).toBe(3);
    expect(calls).toHaveLength(3);
  });

  it('does not retry a refusal, an oversized or a malformed answer', async () => {
    for (const answer of [
      { kind: 'REFUSED', status: 401, code: 'GOV_SIGNATURE_INVALID' },
      { kind: 'TOO_LARGE' },
      { kind: 'MALFORMED' },
      envelope({ uscc: '91340000OTHER0001X' }),
      envelope({ consentRef: 'RTC-someone-else' }),
      envelope({ source: 'JUDICIAL' }),
      envelope({ asOf: '2026-02-30' }),
      envelope({ missing: ['bad field'] }),
    ] satisfies ExchangeAnswer[]) {
      const { client, calls } = scripted([answer]);
      const result = await connector(client).fetch(DESCRIPTION, USCC, REF);
      expect(result.kind).toBe('FAILED');
      expect(calls).toHaveLength(1);
    }
    const { client } = scripted([{ kind: 'REFUSED', status: 401, code: 'GOV_SIGNATURE_INVALID' }]);
    expect(await connector(client).fetch(DESCRIPTION, USCC, REF)).toEqual({ kind: 'FAILED', failure: 'REFUSED', detail: 'GOV_SIGNATURE_INVALID', attempts: 1 });
  });

  it('gives up after the attempts of the description with the last failure', async () => {
    const { client, calls } = scripted([{ kind: 'UNAVAILABLE', status: 503 }, { kind: 'UNAVAILABLE', status: 502 }, { kind: 'UNAVAILABLE', status: null }]);
    expect(await connector(client).fetch(DESCRIPTION, USCC, REF)).toEqual({ kind: 'FAILED', failure: 'UNAVAILABLE', detail: 'UNREACHABLE', attempts: 3 });
    expect(calls).toHaveLength(3);
  });

  it('keeps every attempt within 1.5 call timeouts: a retry after a timeout only gets what is left', async () => {
    const calls: ExchangeCall[] = [];
    const slow = {
      get: async (call: ExchangeCall): Promise<ExchangeAnswer> => {
        calls.push(call);
        await new Promise((resolve) => setTimeout(resolve, call.timeoutMs));
        return { kind: 'TIMEOUT' };
      },
    } as unknown as GovExchangeClient;
    const started = performance.now();
    const result = await connector(slow, 400).fetch(DESCRIPTION, USCC, REF);
    const elapsed = performance.now() - started;
    expect(result).toMatchObject({ kind: 'FAILED', failure: 'TIMED_OUT', attempts: 2 });
    expect(calls.map((call) => call.timeoutMs)).toEqual([400, expect.any(Number)]);
    expect(calls[1]?.timeoutMs).toBeLessThanOrEqual(190);
    expect(calls[1]?.timeoutMs).toBeGreaterThanOrEqual(100);
    expect(elapsed).toBeLessThan(400 * 2);
  });

  it('opens the source circuit after repeated failures and then refuses at once without a call', async () => {
    const failing = Array.from({ length: 6 }, (): ExchangeAnswer => ({ kind: 'UNAVAILABLE', status: 503 }));
    const { client, calls } = scripted(failing);
    const subject = connector(client);
    subject.configureBreakers({ windowSize: 4, minimumCalls: 4, failureRatio: 1, openMs: 60_000 });
    const single = { ...DESCRIPTION, retry: { attempts: 1, backoffMs: 0 } };
    for (let i = 0; i < 4; i += 1) await subject.fetch(single, USCC, REF);
    expect(subject.breakerState('TAX')).toBe('OPEN');
    expect(await subject.fetch(single, USCC, REF)).toEqual({ kind: 'FAILED', failure: 'CIRCUIT_OPEN', detail: 'CIRCUIT_OPEN', attempts: 0 });
    expect(calls).toHaveLength(4);
    expect(subject.breakerState('JUDICIAL')).toBe('CLOSED');
  });

  it('uses the timeout of the description when it has one', async () => {
    const { client, calls } = scripted([envelope()]);
    await connector(client, 1000).fetch({ ...DESCRIPTION, timeoutMs: 300 }, USCC, REF);
    expect(calls[0]?.timeoutMs).toBe(300);
  });
});
