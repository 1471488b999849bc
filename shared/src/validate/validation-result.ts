/** Outcome of a format check; `reason` is Chinese and written for the person who typed the value. */
export type ValidationResult = { ok: true } | { ok: false; reason: string };

export const VALID: ValidationResult = { ok: true };

export function invalid(reason: string): ValidationResult {
  return { ok: false, reason };
}
