import type { JsonValue } from '../json';

/** How an attempt of a signed delivery is signed: genuinely, or as the signing faults make it. */
export type SignatureVariant = 'GENUINE' | 'WRONG_SIGNATURE' | 'STALE_TIMESTAMP';

/** Headers for one attempt carrying exactly `body`; called afresh for every attempt (new timestamp and nonce). */
export type CallbackSigner = (body: string, variant: SignatureVariant) => Record<string, string>;

export interface CallbackDelivery {
  url: string;
  payload: JsonValue;
  /** Sent with every attempt. */
  headers?: Readonly<Record<string, string>>;
  /** Signs each attempt; its headers go after `headers`. */
  sign?: CallbackSigner;
}

export type AttemptOutcome = 'DELIVERED' | 'REJECTED' | 'NETWORK_ERROR' | 'DROPPED';

export interface DeliveryAttempt {
  attempt: number;
  /** UTC ISO time the attempt started. */
  at: string;
  outcome: AttemptOutcome;
  statusCode?: number;
  error?: string;
  /** How the attempt was signed; absent for unsigned deliveries and dropped attempts. */
  signature?: SignatureVariant;
}

export interface CopyReport {
  /** 0 for the original, 1… for the duplicates and replays a fault added. */
  copy: number;
  /** DUPLICATE: signed afresh; REPLAY: the delivered attempt's headers again, sent once. */
  kind: 'ORIGINAL' | 'DUPLICATE' | 'REPLAY';
  delivered: boolean;
  attempts: DeliveryAttempt[];
}

export interface DeliveryReport {
  url: string;
  /** True when the delivery was held back and sent after the next one. */
  reordered: boolean;
  /** True when the drop fault lost the delivery: no attempt was made. */
  lost: boolean;
  copies: CopyReport[];
}
