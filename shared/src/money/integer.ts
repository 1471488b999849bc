/** Exact integer arithmetic on safe integers held in `number` (no BigInt: older mini-program engines lack it). */

/** Quotient of a ÷ b towards zero, exact for safe integers (a − a % b is an exact multiple of b). */
export function intDiv(a: number, b: number): number {
  return (a - (a % b)) / b;
}

/** a ÷ b rounded half away from zero, for a ≥ 0 and b > 0. */
export function divRoundHalfUp(a: number, b: number): number {
  const quotient = intDiv(a, b);
  return 2 * (a % b) >= b ? quotient + 1 : quotient;
}

export function padTwo(value: number): string {
  return String(value).padStart(2, '0');
}
