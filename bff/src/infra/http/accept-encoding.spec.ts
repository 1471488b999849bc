import { negotiateEncoding, parseAcceptEncoding } from './accept-encoding';

const BOTH = ['br', 'gzip'] as const;

describe('parseAcceptEncoding', () => {
  it('reads codings with their weights, case and spaces aside', () => {
    expect([...parseAcceptEncoding('GZIP ;Q=0.5, br, *;q=0.001')]).toEqual([
      ['gzip', 0.5],
      ['br', 1],
      ['*', 0.001],
    ]);
  });

  it('drops entries whose weight is not an RFC 9110 qvalue, and keeps the first of a repeated coding', () => {
    expect([...parseAcceptEncoding('br;q=2, gzip;q=0.5555, deflate;q=-1, zstd;q=abc, identity;q=1.0, gzip;q=1')]).toEqual([
      ['identity', 1],
      ['gzip', 1],
    ]);
    expect([...parseAcceptEncoding('br;q=0.5, br;q=1')]).toEqual([['br', 0.5]]);
  });
});

describe('negotiateEncoding', () => {
  it('prefers brotli, then gzip, as browsers send them', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd', BOTH)).toBe('br');
    expect(negotiateEncoding('gzip, deflate', BOTH)).toBe('gzip');
    expect(negotiateEncoding('gzip, deflate, br', ['gzip'])).toBe('gzip');
  });

  it('follows the weights the client gives', () => {
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.8', BOTH)).toBe('gzip');
    expect(negotiateEncoding('br;q=0.8, gzip;q=0.8', BOTH)).toBe('br');
    expect(negotiateEncoding('br;q=0, gzip', BOTH)).toBe('gzip');
    expect(negotiateEncoding('x-gzip', BOTH)).toBe('gzip');
  });

  it('lets * stand for codings the client does not name', () => {
    expect(negotiateEncoding('*', BOTH)).toBe('br');
    expect(negotiateEncoding('br;q=0, *', BOTH)).toBe('gzip');
    expect(negotiateEncoding('*;q=0', BOTH)).toBeUndefined();
  });

  it('sends the file as it is when nothing acceptable is precompressed or identity is preferred', () => {
    expect(negotiateEncoding(undefined, BOTH)).toBeUndefined();
    expect(negotiateEncoding('', BOTH)).toBeUndefined();
    expect(negotiateEncoding('identity', BOTH)).toBeUndefined();
    expect(negotiateEncoding('deflate, zstd', BOTH)).toBeUndefined();
    expect(negotiateEncoding('br;q=0, gzip;q=0', BOTH)).toBeUndefined();
    expect(negotiateEncoding('gzip, br', [])).toBeUndefined();
    expect(negotiateEncoding('br;q=0.2, identity;q=0.5', BOTH)).toBeUndefined();
    expect(negotiateEncoding('br, identity;q=0.5', BOTH)).toBe('br');
  });
});
