import type { DataSource, GovExchangeErrorCode } from '@rongtong/shared';

/** What became of a request to a source. */
export type GovRequestOutcome =
  | 'OK'
  /** Answered with some fields dropped by the partial-data fault. */
  | 'PARTIAL'
  /** Held unanswered by the timeout fault. */
  | 'TIMEOUT'
  /** A path under /gov/v1/sources/ that is no source route at all. */
  | 'NOT_FOUND'
  | GovExchangeErrorCode;

export interface GovRequestLogEntry {
  /** When the request arrived, UTC ISO 8601. */
  at: string;
  requestId: string;
  method: string;
  path: string;
  /** The source the path names, when it names one. */
  source: DataSource | null;
  uscc: string | null;
  /** The headers as sent (cut to 128 characters), whether or not they were valid. */
  appKey: string | null;
  consentRef: string | null;
  /** null when no answer was sent. */
  status: number | null;
  outcome: GovRequestOutcome;
}

export const GOV_REQUEST_LOG_CAPACITY = 10_000;

/**
 * Every request that reached a source route, refused or not, newest last; the oldest entries go beyond the
 * capacity. Tests read it to prove that a call was, or was not, made.
 */
export class GovRequestLog {
  private entries: GovRequestLogEntry[] = [];

  constructor(private readonly capacity: number = GOV_REQUEST_LOG_CAPACITY) {}

  record(entry: GovRequestLogEntry): void {
    this.entries.push(Object.freeze({ ...entry }));
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  list(): GovRequestLogEntry[] {
    return [...this.entries];
  }

  clear(): number {
    const cleared = this.entries.length;
    this.entries = [];
    return cleared;
  }

  get size(): number {
    return this.entries.length;
  }
}
