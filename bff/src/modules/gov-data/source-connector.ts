import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../infra/config/app-config';
import { CircuitBreaker, DEFAULT_BREAKER_SETTINGS, type CircuitBreakerSettings, type CircuitState } from './circuit-breaker';
import { GovExchangeClient, type ExchangeAnswer } from './exchange/gov-exchange-client';
import { isCalendarDate, isPlainObject } from './sources/raw-fields';
import type { GovSourceDescription } from './sources/source-description';

/** The exchange's answer to a fetch, its envelope checked. */
export interface ExchangeEnvelope {
  requestId: string;
  /** YYYY-MM-DD */
  asOf: string;
  complete: boolean;
  /** Fields the exchange left out of `data`. */
  missing: string[];
  data: Record<string, unknown>;
}

/** Why a fetch brought nothing. */
export type FetchFailure = 'TIMED_OUT' | 'UNAVAILABLE' | 'REFUSED' | 'TOO_LARGE' | 'MALFORMED' | 'CIRCUIT_OPEN';

export type ConnectorResult =
  | { kind: 'OK'; envelope: ExchangeEnvelope; attempts: number }
  | { kind: 'FAILED'; failure: FetchFailure; /** a code for the logs and the data use log, e.g. UNAVAILABLE_503 */ detail: string; attempts: number };

/** The whole fetch, retries and back-off included, stays within this many timeouts of one call. */
export const FETCH_BUDGET_TIMEOUTS = 1.5;
/** A retry that would have less time than this is not made. */
const MIN_ATTEMPT_MS = 100;
const MAX_MISSING = 100;

/**
 * Fetches one source for one enterprise: a circuit breaker per source, retries with exponential back-off on 5xx
 * answers and timeouts only (a refusal, an oversized or malformed answer is final), all within 1.5 times the call
 * timeout — so a source that hangs or fails every time costs a request at most that long.
 */
@Injectable()
export class SourceConnector {
  private readonly breakers = new Map<string, CircuitBreaker>();
  private breakerSettings: CircuitBreakerSettings = DEFAULT_BREAKER_SETTINGS;

  constructor(
    private readonly client: GovExchangeClient,
    private readonly config: AppConfig,
  ) {}

  /** Replaces the breakers' settings (and their state): the tests' way to a small window and a short open time. */
  configureBreakers(settings: CircuitBreakerSettings): void {
    this.breakerSettings = settings;
    this.breakers.clear();
  }

  breakerState(key: string): CircuitState {
    return this.breakers.get(key)?.state ?? 'CLOSED';
  }

  timeoutOf(description: GovSourceDescription): number {
    return description.timeoutMs ?? this.config.govExchange.timeoutMs;
  }

  async fetch(description: GovSourceDescription, uscc: string, consentRef: string): Promise<ConnectorResult> {
    const breaker = this.breakerFor(description.key);
    const timeoutMs = this.timeoutOf(description);
    const deadline = performance.now() + timeoutMs * FETCH_BUDGET_TIMEOUTS;
    const path = `/gov/v1/sources/${encodeURIComponent(description.slug)}/${encodeURIComponent(uscc)}`;
    let last: ConnectorResult = { kind: 'FAILED', failure: 'CIRCUIT_OPEN', detail: 'CIRCUIT_OPEN', attempts: 0 };
    for (let attempt = 1; attempt <= description.retry.attempts; attempt += 1) {
      if (attempt > 1) {
        const wait = description.retry.backoffMs * 2 ** (attempt - 2);
        if (deadline - performance.now() - wait < MIN_ATTEMPT_MS) break;
        await sleep(wait);
      }
      // Refused at once when open; opened by this fetch's own failures, the last failure stands.
      if (!breaker.tryAcquire()) return last;
      const remaining = Math.max(MIN_ATTEMPT_MS, Math.floor(deadline - performance.now()));
      const answer = await this.client.get({
        path,
        consentRef,
        signing: description.signing,
        timeoutMs: Math.min(timeoutMs, remaining),
        maxBytes: description.maxPayloadBytes,
      });
      const outcome = judge(answer, description, uscc, consentRef, attempt);
      if (outcome.sourceFailed) breaker.onFailure();
      else breaker.onSuccess();
      last = outcome.result;
      if (!outcome.retry) return last;
    }
    return last;
  }

  private breakerFor(key: string): CircuitBreaker {
    let breaker = this.breakers.get(key);
    if (!breaker) {
      breaker = new CircuitBreaker(this.breakerSettings, () => performance.now());
      this.breakers.set(key, breaker);
    }
    return breaker;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Judgement {
  result: ConnectorResult;
  /** Counts against the source's breaker. */
  sourceFailed: boolean;
  retry: boolean;
}

function judge(answer: ExchangeAnswer, description: GovSourceDescription, uscc: string, consentRef: string, attempts: number): Judgement {
  const failed = (failure: FetchFailure, detail: string, sourceFailed: boolean, retry: boolean): Judgement => ({
    result: { kind: 'FAILED', failure, detail, attempts },
    sourceFailed,
    retry,
  });
  switch (answer.kind) {
    case 'OK': {
      const envelope = readEnvelope(answer.body, description, uscc, consentRef);
      return envelope ? { result: { kind: 'OK', envelope, attempts }, sourceFailed: false, retry: false } : failed('MALFORMED', 'MALFORMED', true, false);
    }
    case 'TIMEOUT':
      return failed('TIMED_OUT', 'TIMED_OUT', true, true);
    case 'UNAVAILABLE':
      return failed('UNAVAILABLE', answer.status === null ? 'UNREACHABLE' : `UNAVAILABLE_${answer.status}`, true, true);
    case 'REFUSED':
      // The exchange answered: our request (signature, consent reference, code) was refused, not the source down.
      return failed('REFUSED', answer.code ?? `REFUSED_${answer.status}`, false, false);
    case 'TOO_LARGE':
      return failed('TOO_LARGE', 'TOO_LARGE', true, false);
    case 'MALFORMED':
      return failed('MALFORMED', 'MALFORMED', true, false);
    default: {
      const never: never = answer;
      throw new Error(`unknown answer ${JSON.stringify(never)}`);
    }
  }
}

/** The 200 envelope of the contract, for this source, enterprise and consent reference; null when it is not that. */
function readEnvelope(body: unknown, description: GovSourceDescription, uscc: string, consentRef: string): ExchangeEnvelope | null {
  if (!isPlainObject(body)) return null;
  const { source, requestId, asOf, complete, missing, data } = body;
  if (source !== description.key || body.uscc !== uscc || body.consentRef !== consentRef) return null;
  if (typeof requestId !== 'string' || requestId === '' || requestId.length > 64) return null;
  if (typeof asOf !== 'string' || !isCalendarDate(asOf) || typeof complete !== 'boolean' || !isPlainObject(data)) return null;
  if (!Array.isArray(missing) || missing.length > MAX_MISSING) return null;
  if (!missing.every((field): field is string => typeof field === 'string' && /^[A-Za-z0-9_.]{1,64}$/.test(field))) return null;
  return { requestId, asOf, complete, missing, data };
}
