import fc from 'fast-check';
import { fenToYuanString, formatAmountCompact, formatFen, yuanToFen } from './amount';
import { formatRateBp } from './rate';

describe('yuanToFen', () => {
  it.each([
    ['1234.56', 123456],
    ['1234.5', 123450],
    ['1234', 123400],
    ['0.01', 1],
    ['-12.30', -1230],
    ['-0', 0],
  ])('parses %j', (text, fen) => {
    expect(yuanToFen(text)).toBe(fen);
  });

  it('parses numbers through their exact decimal text, never by multiplying floats', () => {
    expect(yuanToFen(1234.56)).toBe(123456);
    expect(yuanToFen(0.29)).toBe(29);
    expect(yuanToFen(19.99)).toBe(1999);
  });

  it.each(['', '1,234.56', ' 12', '12 ', '1.234', '.5', '1.', '¥12', 'abc', '1e3'])('rejects %j', (text) => {
    expect(() => yuanToFen(text)).toThrow(RangeError);
  });

  it('rejects floats with more than two decimals and values beyond safe integers', () => {
    expect(() => yuanToFen(0.1 + 0.2)).toThrow('金额格式不正确，应为数字且最多两位小数');
    expect(() => yuanToFen(Number.NaN)).toThrow(RangeError);
    expect(() => yuanToFen('999999999999999999')).toThrow('金额超出可处理的范围');
  });

  it('round-trips every safe amount through its yuan text', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (fen) => {
        expect(yuanToFen(fenToYuanString(fen))).toBe(fen);
      }),
    );
  });
});

describe('formatting', () => {
  it('writes yuan with two decimals', () => {
    expect(fenToYuanString(123456)).toBe('1234.56');
    expect(fenToYuanString(5)).toBe('0.05');
    expect(fenToYuanString(-5)).toBe('-0.05');
    expect(fenToYuanString(0)).toBe('0.00');
    expect(() => fenToYuanString(1.5)).toThrow('金额应为以分为单位的整数');
  });

  it('formats with the yuan sign and thousands separators', () => {
    expect(formatFen(123456)).toBe('¥1,234.56');
    expect(formatFen(100)).toBe('¥1.00');
    expect(formatFen(123456789012)).toBe('¥1,234,567,890.12');
    expect(formatFen(-123456)).toBe('-¥1,234.56');
  });

  it.each([
    [5_000_000, '5万元'],
    [50_000_000, '50万元'],
    [12_345_600, '12.35万元'],
    [999_999_999, '1000万元'],
    [12_000_000_000, '1.2亿元'],
    [9_999_999_999, '1亿元'],
    [123_450, '1234.5元'],
    [800_000, '8000元'],
    [0, '0元'],
    [-50_000_000, '-50万元'],
  ])('writes %d fen compactly as %s', (fen, text) => {
    expect(formatAmountCompact(fen)).toBe(text);
  });

  it.each([
    [435, '4.35%'],
    [400, '4.00%'],
    [5, '0.05%'],
    [1850, '18.50%'],
    [0, '0.00%'],
  ])('writes %d bp as %s', (bp, text) => {
    expect(formatRateBp(bp)).toBe(text);
  });

  it('refuses fractional basis points', () => {
    expect(() => formatRateBp(4.35)).toThrow('利率应为整数基点');
  });
});
