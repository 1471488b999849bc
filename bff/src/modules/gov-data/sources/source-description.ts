import { DATA_SOURCE_LABELS, DATA_SOURCE_SLUGS, type DataSource } from '@rongtong/shared';
import type { RawFields } from './raw-fields';

/** How requests to a source are signed; the exchange's recipe (shared/src/gov-exchange) is the only one so far. */
export type GovSigning = 'HMAC-SM3';

/** Retries of one fetch: only on 5xx answers and timeouts, with exponential back-off, within the fetch's budget. */
export interface RetryPolicy {
  /** Calls at most, the first included. */
  attempts: number;
  /** Wait before the second call; doubled before each further one. */
  backoffMs: number;
}

/**
 * One source of the government data exchange, declared: where it is (`/gov/v1/sources/{slug}/{uscc}` under
 * GOV_EXCHANGE_BASE_URL), how requests are signed, how long its data stays fresh, how long a call may take, how often
 * it is retried, how large an answer may be, which fields its `data` has and how they map to the normalised record.
 * Adding a source is one such description and its mapper (README "Adding a government data source").
 */
export interface GovSourceDescription<Record = unknown> {
  /** The snapshot key, e.g. 'TAX'; the DataSource value for the exchange's seven sources. */
  readonly key: string;
  /** The consent scope a fetch must be covered by. */
  readonly scope: DataSource;
  readonly slug: string;
  /** Chinese name for people. */
  readonly label: string;
  readonly signing: GovSigning;
  /** Fetched data is due for a scheduled refresh after this many hours. */
  readonly freshnessHours: number;
  /** One call's timeout; GOV_EXCHANGE_TIMEOUT_MS when absent. */
  readonly timeoutMs?: number;
  readonly retry: RetryPolicy;
  /** A larger answer is refused unread (and counts as a failure of the source). */
  readonly maxPayloadBytes: number;
  /** The top-level fields of `data`; one absent (partial data) makes the snapshot incomplete. */
  readonly fields: readonly string[];
  /** The mapper: `data` read field by field into the normalised record (unknown values null). */
  map(data: RawFields): Record;
}

/** A normalised record: the exchange's `data` of a source, each field null when absent or unreadable. */
export type Normalised<Data> = { [Field in keyof Data]: Data[Field] | null };

/** Retries of the exchange's own sources: three calls, 200 ms then 400 ms apart. */
export const EXCHANGE_RETRY: RetryPolicy = { attempts: 3, backoffMs: 200 };

/** What the exchange's sources share: the DataSource as key and scope, the contract's slug, the label, signing and retries. */
export function exchangeSource(source: DataSource): Pick<GovSourceDescription, 'key' | 'scope' | 'slug' | 'label' | 'signing' | 'retry'> {
  return { key: source, scope: source, slug: DATA_SOURCE_SLUGS[source], label: DATA_SOURCE_LABELS[source], signing: 'HMAC-SM3', retry: EXCHANGE_RETRY };
}
