import { divRoundHalfUp, intDiv, padTwo } from './integer';

/** An amount of money in fen (分, 1/100 yuan): always a safe integer, never a float. */
export type Fen = number;

const YUAN_PATTERN = /^-?\d+(\.\d{1,2})?$/;
const FEN_PER_YUAN = 100;
const FEN_PER_WAN = 1_000_000;
const FEN_PER_YI = 10_000_000_000;

export function assertFen(fen: Fen, what = '金额'): void {
  if (!Number.isSafeInteger(fen)) {
    throw new RangeError(`${what}应为以分为单位的整数`);
  }
}

/** Parses '1234.56', '1234.5', '1234' or the number 1234.56 into fen; more than two decimals is an error. */
export function yuanToFen(yuan: string | number): Fen {
  const text = typeof yuan === 'number' ? String(yuan) : yuan;
  if (!YUAN_PATTERN.test(text)) {
    throw new RangeError('金额格式不正确，应为数字且最多两位小数');
  }
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const magnitude = Number(whole) * FEN_PER_YUAN + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(magnitude)) {
    throw new RangeError('金额超出可处理的范围');
  }
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

/** 123456 → '1234.56'; -5 → '-0.05'. */
export function fenToYuanString(fen: Fen): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const magnitude = Math.abs(fen);
  return `${sign}${intDiv(magnitude, FEN_PER_YUAN)}.${padTwo(magnitude % FEN_PER_YUAN)}`;
}

/** 123456 → '¥1,234.56'; -123456 → '-¥1,234.56'. */
export function formatFen(fen: Fen): string {
  const yuan = fenToYuanString(fen);
  const sign = yuan.startsWith('-') ? '-' : '';
  const [whole, fraction] = yuan.replace('-', '').split('.');
  return `${sign}¥${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${fraction}`;
}

/**
 * Short Chinese form for cards and lists: 5,000,000 fen → '5万元', 12,000,000,000 fen → '1.2亿元',
 * 123,450 fen → '1234.5元'. 万 and 亿 amounts are rounded half up to two decimals, trailing zeros dropped.
 */
export function formatAmountCompact(fen: Fen): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const magnitude = Math.abs(fen);
  if (magnitude < FEN_PER_WAN) {
    return `${sign}${trimHundredths(magnitude)}元`;
  }
  const wanHundredths = divRoundHalfUp(magnitude, FEN_PER_WAN / 100);
  if (wanHundredths < 10_000 * 100) {
    return `${sign}${trimHundredths(wanHundredths)}万元`;
  }
  return `${sign}${trimHundredths(divRoundHalfUp(magnitude, FEN_PER_YI / 100))}亿元`;
}

/** 12000 → '120'; 12050 → '120.5'; 12345 → '123.45'. */
function trimHundredths(hundredths: number): string {
  const whole = intDiv(hundredths, 100);
  const fraction = padTwo(hundredths % 100).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
