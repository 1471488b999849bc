import type { JsonValue } from '../json';

export interface CallbackDelivery {
  url: string;
  payload: JsonValue;
  headers?: Readonly<Record<string, string>>;
}

export type AttemptOutcome = 'DELIVERED' | 'REJECTED' | 'NETWORK_ERROR' | 'DROPPED';

export interface DeliveryAttempt {
  attempt: number;
  /** UTC ISO time the attempt started. */
  at: string;
  outcome: AttemptOutcome;
  statusCode?: number;
  error?: string;
}

export interface CopyReport {
  /** 0 for the original, 1… for the duplicates a fault added. */
  copy: number;
  delivered: boolean;
  attempts: DeliveryAttempt[];
}

export interface DeliveryReport {
  url: string;
  /** True when the delivery was held back and sent after the next one. */
  reordered: boolean;
  copies: CopyReport[];
}
