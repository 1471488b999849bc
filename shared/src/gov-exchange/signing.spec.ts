import { DATA_SOURCES, DataSource } from '../domain/data-source';
import {
  GOV_EXCHANGE_CONSENT_REF_PATTERN,
  GOV_EXCHANGE_NONCE_PATTERN,
  GOV_EXCHANGE_TIMESTAMP_PATTERN,
  SM3_OF_EMPTY_BODY,
  canonicalQuery,
  govExchangeStringToSign,
} from './signing';
import { DATA_SOURCE_SLUGS, dataSourceFromSlug, govExchangeSourcePath } from './slugs';
import { GOV_EXCHANGE_ERROR_STATUS, GovExchangeErrorCode, isGovExchangeErrorCode } from './errors';

describe('canonicalQuery', () => {
  it('is empty without a query', () => {
    expect(canonicalQuery(undefined)).toBe('');
    expect(canonicalQuery('')).toBe('');
    expect(canonicalQuery('?')).toBe('');
    expect(canonicalQuery([])).toBe('');
    expect(canonicalQuery({})).toBe('');
  });

  it('sorts by key then value and encodes each side', () => {
    expect(canonicalQuery('b=2&a=z&a=y&c')).toBe('a=y&a=z&b=2&c=');
    expect(canonicalQuery('?month=2026-11&name=%E9%98%9C%E9%98%B3+%E5%98%89')).toBe(
      'month=2026-11&name=%E9%98%9C%E9%98%B3%20%E5%98%89',
    );
  });

  it('gives the same answer for a raw string, a pair list and a record', () => {
    const expected = 'k%20%26=v%3D1&k%20%26=v%3D2&x=%E7%A8%8E';
    expect(canonicalQuery('x=%E7%A8%8E&k+%26=v%3D2&k%20%26=v%3D1')).toBe(expected);
    expect(canonicalQuery([['x', '税'], ['k &', 'v=2'], ['k &', 'v=1']])).toBe(expected);
    expect(canonicalQuery({ x: '税', 'k &': ['v=2', 'v=1'] })).toBe(expected);
  });

  it('orders by UTF-16 code units, not by locale', () => {
    expect(canonicalQuery([['b', '1'], ['B', '1'], ['a', '1'], ['Z', '1']])).toBe('B=1&Z=1&a=1&b=1');
  });

  it('refuses an undecodable escape', () => {
    expect(() => canonicalQuery('a=%E7%A8')).toThrow(URIError);
  });
});

describe('govExchangeStringToSign', () => {
  it('joins the seven parts with newlines (fixed vector)', () => {
    const stringToSign = govExchangeStringToSign({
      method: 'get',
      path: '/gov/v1/sources/tax/913412255699593205',
      query: '',
      timestamp: '1795996800000',
      nonce: 'n0nce-0123456789abcdef',
      consentRef: 'consent:01J9Z8Q4.T1',
      bodySm3Hex: SM3_OF_EMPTY_BODY,
    });
    expect(stringToSign).toBe(
      [
        'GET',
        '/gov/v1/sources/tax/913412255699593205',
        '',
        '1795996800000',
        'n0nce-0123456789abcdef',
        'consent:01J9Z8Q4.T1',
        '1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b',
      ].join('\n'),
    );
  });

  it('puts the canonical query third and lower-cases the body hash', () => {
    const stringToSign = govExchangeStringToSign({
      method: 'POST',
      path: '/gov/v1/x',
      query: { b: '2', a: '1' },
      timestamp: '1',
      nonce: 'abcdefghijklmnop',
      consentRef: 'ref-0001',
      bodySm3Hex: 'ABCDEF',
    });
    expect(stringToSign.split('\n')).toEqual(['POST', '/gov/v1/x', 'a=1&b=2', '1', 'abcdefghijklmnop', 'ref-0001', 'abcdef']);
  });
});

describe('header formats', () => {
  it('accepts nonces of 16–64 URL-safe characters', () => {
    expect(GOV_EXCHANGE_NONCE_PATTERN.test('a'.repeat(16))).toBe(true);
    expect(GOV_EXCHANGE_NONCE_PATTERN.test('A_b-9'.repeat(12) + 'abcd')).toBe(true);
    expect(GOV_EXCHANGE_NONCE_PATTERN.test('a'.repeat(15))).toBe(false);
    expect(GOV_EXCHANGE_NONCE_PATTERN.test('a'.repeat(65))).toBe(false);
    expect(GOV_EXCHANGE_NONCE_PATTERN.test('abcdefghijklmno=')).toBe(false);
  });

  it('accepts consent references of 8–128 characters with . and :', () => {
    expect(GOV_EXCHANGE_CONSENT_REF_PATTERN.test('consent:01J9.T1')).toBe(true);
    expect(GOV_EXCHANGE_CONSENT_REF_PATTERN.test('short')).toBe(false);
    expect(GOV_EXCHANGE_CONSENT_REF_PATTERN.test('c'.repeat(129))).toBe(false);
    expect(GOV_EXCHANGE_CONSENT_REF_PATTERN.test('consent ref')).toBe(false);
  });

  it('accepts decimal millisecond timestamps only', () => {
    expect(GOV_EXCHANGE_TIMESTAMP_PATTERN.test('1795996800000')).toBe(true);
    expect(GOV_EXCHANGE_TIMESTAMP_PATTERN.test('0')).toBe(true);
    for (const bad of ['', '-1', '01', '1.5', '1e12', ' 1']) expect(GOV_EXCHANGE_TIMESTAMP_PATTERN.test(bad)).toBe(false);
  });
});

describe('DATA_SOURCE_SLUGS', () => {
  it('names every source with a distinct kebab-case slug that maps back', () => {
    const slugs = DATA_SOURCES.map((source) => DATA_SOURCE_SLUGS[source]);
    expect(new Set(slugs).size).toBe(DATA_SOURCES.length);
    for (const source of DATA_SOURCES) {
      expect(DATA_SOURCE_SLUGS[source]).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(dataSourceFromSlug(DATA_SOURCE_SLUGS[source])).toBe(source);
    }
    expect(dataSourceFromSlug('TAX')).toBeUndefined();
    expect(dataSourceFromSlug('toString')).toBeUndefined();
  });

  it('builds the source path', () => {
    expect(govExchangeSourcePath(DataSource.ADMINISTRATIVE_PENALTIES, '913412255699593205')).toBe(
      '/gov/v1/sources/administrative-penalties/913412255699593205',
    );
  });
});

describe('GovExchangeErrorCode', () => {
  it('maps each code to its status', () => {
    expect(GOV_EXCHANGE_ERROR_STATUS[GovExchangeErrorCode.GOV_NONCE_REUSED]).toBe(409);
    expect(isGovExchangeErrorCode('GOV_CONSENT_REQUIRED')).toBe(true);
    expect(isGovExchangeErrorCode('constructor')).toBe(false);
    expect(isGovExchangeErrorCode(401)).toBe(false);
  });
});
