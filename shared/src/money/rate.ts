import { intDiv, padTwo } from './integer';

/** An annual rate in basis points (基点, 1/10000): 435 is 4.35 %. Always an integer. */
export type BasisPoints = number;

/** 435 → '4.35%'; 400 → '4.00%'. */
export function formatRateBp(bp: BasisPoints): string {
  if (!Number.isSafeInteger(bp)) {
    throw new RangeError('利率应为整数基点');
  }
  const sign = bp < 0 ? '-' : '';
  const magnitude = Math.abs(bp);
  return `${sign}${intDiv(magnitude, 100)}.${padTwo(magnitude % 100)}%`;
}
