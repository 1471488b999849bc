import type { FieldError } from '@rongtong/shared';
import { isPlainObject } from '../json';
import type { RandomSource } from '../random';
import { invalid, isIntegerInRange, isNumberInRange, rejectUnknownKeys, valid, type Parsed } from '../validation';

/**
 * How outbound callbacks misbehave:
 * - `delayMs` waits before the first attempt of each delivery;
 * - `drop` loses a delivery altogether (no attempt reaches the receiver);
 * - `dropFirst` loses the first N attempts of each delivery, retries follow;
 * - `duplicate` sends N more copies after a successful delivery, each signed afresh (a provider resending);
 * - `replay` sends N verbatim copies of the delivered attempt, same signature headers (an old callback replayed);
 * - `outOfOrder` holds a delivery until the next one has gone;
 * - `wrongSignature` / `staleTimestamp` sign the first N attempts of a signed delivery with a wrong key / a
 *   timestamp ten minutes old (correctly signed); the retries that follow are genuine.
 * `rate` picks the share of deliveries the faults apply to (seeded draw); `times` limits them to the next N
 * deliveries, drawn or not.
 */
export interface DeliveryFaults {
  delayMs?: number;
  drop?: boolean;
  dropFirst?: number;
  duplicate?: number;
  replay?: number;
  outOfOrder?: boolean;
  wrongSignature?: number;
  staleTimestamp?: number;
  rate?: number;
  times?: number;
}

/** The faults one delivery is subjected to. */
export interface DeliveryPlan {
  delayMs: number;
  lose: boolean;
  duplicates: number;
  replays: number;
  holdForNext: boolean;
  dropFirst: number;
  wrongSignatureFirst: number;
  staleTimestampFirst: number;
}

export const NO_DELIVERY_FAULTS: DeliveryPlan = Object.freeze({
  delayMs: 0,
  lose: false,
  duplicates: 0,
  replays: 0,
  holdForNext: false,
  dropFirst: 0,
  wrongSignatureFirst: 0,
  staleTimestampFirst: 0,
});

export const DELIVERY_FAULT_LIMITS = {
  maxDelayMs: 600_000,
  maxDuplicate: 10,
  maxReplay: 10,
  maxDropFirst: 20,
  maxSigningFaults: 20,
  maxTimes: 1_000_000,
} as const;

const KEYS: readonly (keyof DeliveryFaults)[] = [
  'delayMs',
  'drop',
  'dropFirst',
  'duplicate',
  'replay',
  'outOfOrder',
  'wrongSignature',
  'staleTimestamp',
  'rate',
  'times',
];

type IntegerKey = 'delayMs' | 'dropFirst' | 'duplicate' | 'replay' | 'wrongSignature' | 'staleTimestamp' | 'times';

export function parseDeliveryFaults(input: unknown): Parsed<DeliveryFaults> {
  if (!isPlainObject(input)) {
    return invalid([{ field: 'body', message: '请求体必须是对象，例如 {"duplicate":1}' }]);
  }
  const errors: FieldError[] = [];
  rejectUnknownKeys(input, KEYS, '', errors);
  const faults: DeliveryFaults = {};
  const { maxDelayMs, maxDuplicate, maxReplay, maxDropFirst, maxSigningFaults, maxTimes } = DELIVERY_FAULT_LIMITS;
  const readInteger = (key: IntegerKey, min: number, max: number, message: string): void => {
    const value = input[key];
    if (value === undefined) return;
    if (isIntegerInRange(value, min, max)) faults[key] = value;
    else errors.push({ field: key, message });
  };
  const readBoolean = (key: 'drop' | 'outOfOrder', message: string): void => {
    const value = input[key];
    if (value === undefined) return;
    if (typeof value === 'boolean') faults[key] = value;
    else errors.push({ field: key, message });
  };
  readInteger('delayMs', 0, maxDelayMs, `投递延迟必须是 0–${maxDelayMs} 之间的整数（毫秒）`);
  readBoolean('drop', '整体丢失必须是 true 或 false');
  readInteger('dropFirst', 0, maxDropFirst, `丢弃次数必须是 0–${maxDropFirst} 之间的整数`);
  readInteger('duplicate', 0, maxDuplicate, `重复投递份数必须是 0–${maxDuplicate} 之间的整数`);
  readInteger('replay', 0, maxReplay, `重放份数必须是 0–${maxReplay} 之间的整数`);
  readBoolean('outOfOrder', '乱序投递必须是 true 或 false');
  readInteger('wrongSignature', 0, maxSigningFaults, `错误签名次数必须是 0–${maxSigningFaults} 之间的整数`);
  readInteger('staleTimestamp', 0, maxSigningFaults, `过期时间戳次数必须是 0–${maxSigningFaults} 之间的整数`);
  readInteger('times', 1, maxTimes, `生效次数必须是 1–${maxTimes} 之间的整数`);
  if (input.rate !== undefined) {
    if (isNumberInRange(input.rate, 0, 1)) faults.rate = input.rate;
    else errors.push({ field: 'rate', message: '生效比例必须是 0–1 之间的数' });
  }
  if (errors.length === 0 && !hasEffect(faults)) {
    errors.push({
      field: 'body',
      message: '至少要设置 delayMs、drop、dropFirst、duplicate、replay、outOfOrder、wrongSignature 或 staleTimestamp 之一；要清除请用 DELETE',
    });
  }
  return errors.length > 0 ? invalid(errors) : valid(faults);
}

function hasEffect(faults: DeliveryFaults): boolean {
  const counts = [faults.delayMs, faults.dropFirst, faults.duplicate, faults.replay, faults.wrongSignature, faults.staleTimestamp];
  return counts.some((count) => (count ?? 0) > 0) || faults.drop === true || faults.outOfOrder === true;
}

export class DeliveryFaultRegistry {
  private faults: DeliveryFaults | null = null;
  private remaining: number | null = null;

  /** `random` draws which deliveries a `rate` below 1 applies to. */
  constructor(private readonly random: RandomSource = Math.random) {}

  set(faults: DeliveryFaults): void {
    this.faults = { ...faults };
    this.remaining = faults.times ?? null;
  }

  clear(): boolean {
    const wasActive = this.faults !== null;
    this.faults = null;
    this.remaining = null;
    return wasActive;
  }

  /** The faults in force, `times` showing how many deliveries are left; null when none. */
  current(): DeliveryFaults | null {
    if (this.faults === null) return null;
    return this.remaining === null ? { ...this.faults } : { ...this.faults, times: this.remaining };
  }

  get active(): boolean {
    return this.faults !== null;
  }

  /** The plan for the next delivery; consumes one of `times`, whether the `rate` draw hits or not. */
  takePlan(): DeliveryPlan {
    const faults = this.faults;
    if (faults === null) return NO_DELIVERY_FAULTS;
    if (this.remaining !== null) {
      this.remaining -= 1;
      if (this.remaining === 0) this.clear();
    }
    if (faults.rate !== undefined && !(this.random() < faults.rate)) return NO_DELIVERY_FAULTS;
    return {
      delayMs: faults.delayMs ?? 0,
      lose: faults.drop ?? false,
      duplicates: faults.duplicate ?? 0,
      replays: faults.replay ?? 0,
      holdForNext: faults.outOfOrder ?? false,
      dropFirst: faults.dropFirst ?? 0,
      wrongSignatureFirst: faults.wrongSignature ?? 0,
      staleTimestampFirst: faults.staleTimestamp ?? 0,
    };
  }
}
