import { currentMonth, parseMonth, type MonthIndex } from '../model/months';
import { DEFAULT_GOV_APP_KEYS, type GovAppKey } from './app-keys';
import { NonceStore } from './nonce-store';
import { GovRequestLog } from './request-log';

export interface GovExchangeOptions {
  /** Registered callers; default the development app key `rongtong-bff`. */
  appKeys?: readonly GovAppKey[];
  /** The as-of month `YYYY-MM` of every answer; default the current month (China time) when asked. */
  asOfMonth?: string;
  /** The exchange's clock, for timestamps, nonces and the current month. */
  nowMs?: () => number;
}

/** State of the government data exchange, reached in-process as `app.mock.gov`. */
export class GovExchange {
  readonly requests = new GovRequestLog();
  readonly nonces: NonceStore;
  readonly nowMs: () => number;
  private readonly secrets: ReadonlyMap<string, string>;
  private readonly fixedAsOf: MonthIndex | null;

  constructor(options: GovExchangeOptions = {}) {
    this.nowMs = options.nowMs ?? Date.now;
    this.nonces = new NonceStore(this.nowMs);
    this.secrets = new Map((options.appKeys ?? DEFAULT_GOV_APP_KEYS).map(({ appKey, secret }) => [appKey, secret]));
    if (options.asOfMonth === undefined) {
      this.fixedAsOf = null;
    } else {
      const parsed = parseMonth(options.asOfMonth);
      if (parsed === undefined) throw new RangeError(`数据截止月份必须是 YYYY-MM，当前为 "${options.asOfMonth}"`);
      this.fixedAsOf = parsed;
    }
  }

  /** The secret of a registered app key, null for an unknown one. */
  secretOf(appKey: string): string | null {
    return this.secrets.get(appKey) ?? null;
  }

  /** The month the data describes: the configured one, or the current month. */
  asOf(): MonthIndex {
    return this.fixedAsOf ?? currentMonth(this.nowMs());
  }
}
