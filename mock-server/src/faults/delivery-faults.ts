import type { FieldError } from '@rongtong/shared';
import { isPlainObject } from '../json';
import { invalid, isIntegerInRange, rejectUnknownKeys, valid, type Parsed } from '../validation';

/**
 * How outbound callbacks misbehave: `duplicate` extra copies after a successful
 * delivery, `outOfOrder` holds a delivery until the next one has gone,
 * `dropFirst` loses the first N attempts of each delivery. `times` limits the
 * faults to the next N deliveries.
 */
export interface DeliveryFaults {
  duplicate?: number;
  outOfOrder?: boolean;
  dropFirst?: number;
  times?: number;
}

/** The faults one delivery is subjected to. */
export interface DeliveryPlan {
  duplicates: number;
  holdForNext: boolean;
  dropFirst: number;
}

export const NO_DELIVERY_FAULTS: DeliveryPlan = Object.freeze({ duplicates: 0, holdForNext: false, dropFirst: 0 });

export const DELIVERY_FAULT_LIMITS = { maxDuplicate: 10, maxDropFirst: 20, maxTimes: 1_000_000 } as const;

const KEYS: readonly (keyof DeliveryFaults)[] = ['duplicate', 'outOfOrder', 'dropFirst', 'times'];

export function parseDeliveryFaults(input: unknown): Parsed<DeliveryFaults> {
  if (!isPlainObject(input)) {
    return invalid([{ field: 'body', message: '请求体必须是对象，例如 {"duplicate":1}' }]);
  }
  const errors: FieldError[] = [];
  rejectUnknownKeys(input, KEYS, '', errors);
  const faults: DeliveryFaults = {};
  const { maxDuplicate, maxDropFirst, maxTimes } = DELIVERY_FAULT_LIMITS;
  const readInteger = (key: 'duplicate' | 'dropFirst' | 'times', min: number, max: number, message: string): void => {
    const value = input[key];
    if (value === undefined) return;
    if (isIntegerInRange(value, min, max)) faults[key] = value;
    else errors.push({ field: key, message });
  };
  readInteger('duplicate', 0, maxDuplicate, `重复投递份数必须是 0–${maxDuplicate} 之间的整数`);
  readInteger('dropFirst', 0, maxDropFirst, `丢弃次数必须是 0–${maxDropFirst} 之间的整数`);
  readInteger('times', 1, maxTimes, `生效次数必须是 1–${maxTimes} 之间的整数`);
  if (input.outOfOrder !== undefined) {
    if (typeof input.outOfOrder === 'boolean') faults.outOfOrder = input.outOfOrder;
    else errors.push({ field: 'outOfOrder', message: '乱序投递必须是 true 或 false' });
  }
  if (errors.length === 0 && !hasEffect(faults)) {
    errors.push({ field: 'body', message: '至少要设置 duplicate、outOfOrder 或 dropFirst 之一；要清除请用 DELETE' });
  }
  return errors.length > 0 ? invalid(errors) : valid(faults);
}

function hasEffect(faults: DeliveryFaults): boolean {
  return (faults.duplicate ?? 0) > 0 || faults.outOfOrder === true || (faults.dropFirst ?? 0) > 0;
}

export class DeliveryFaultRegistry {
  private faults: DeliveryFaults | null = null;
  private remaining: number | null = null;

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

  /** The plan for the next delivery; consumes one of `times`. */
  takePlan(): DeliveryPlan {
    const faults = this.faults;
    if (faults === null) return NO_DELIVERY_FAULTS;
    if (this.remaining !== null) {
      this.remaining -= 1;
      if (this.remaining === 0) this.clear();
    }
    return {
      duplicates: faults.duplicate ?? 0,
      holdForNext: faults.outOfOrder ?? false,
      dropFirst: faults.dropFirst ?? 0,
    };
  }
}
