import type { FieldError } from '@rongtong/shared';

/** Outcome of turning untrusted input into a typed value: the value, or every field that is wrong. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; fields: FieldError[] };

export function valid<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function invalid<T>(fields: FieldError[]): Parsed<T> {
  return { ok: false, fields };
}

export function isIntegerInRange(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

export function isNumberInRange(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

/** Reports every key of `input` not in `allowed`, so a typo never silently does nothing. */
export function rejectUnknownKeys(
  input: Record<string, unknown>,
  allowed: readonly string[],
  prefix: string,
  errors: FieldError[],
): void {
  for (const key of Object.keys(input)) {
    if (!allowed.includes(key)) errors.push({ field: joinField(prefix, key), message: '不支持的字段' });
  }
}

export function joinField(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

export interface IntegerParam {
  field: string;
  min: number;
  max: number;
  defaultValue: number;
  message: string;
}

/** Reads an optional non-negative integer from a query string value. */
export function parseIntegerParam(raw: unknown, param: IntegerParam, errors: FieldError[]): number {
  if (raw === undefined) return param.defaultValue;
  const value = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!isIntegerInRange(value, param.min, param.max)) {
    errors.push({ field: param.field, message: param.message });
    return param.defaultValue;
  }
  return value;
}
