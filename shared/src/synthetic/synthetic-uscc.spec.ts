import { findRegion } from '../domain/regions';
import { validateUscc } from '../validate/uscc';
import { organisationCheckCharacter, syntheticUscc } from './synthetic-uscc';

describe('organisationCheckCharacter (GB 11714)', () => {
  it('reproduces the organisation codes inside published credit codes', () => {
    expect(organisationCheckCharacter('19220382')).toBe('1'); // 914403001922038216
    expect(organisationCheckCharacter('71526726')).toBe('X'); // 9144030071526726XG
    expect(organisationCheckCharacter('71610585')).toBe('2'); // 91330100716105852F
  });

  it('refuses a body that is not 8 digits', () => {
    expect(() => organisationCheckCharacter('7152672')).toThrow(RangeError);
  });
});

describe('syntheticUscc', () => {
  const codes = Array.from({ length: 1_000 }, (_, index) => syntheticUscc(index));

  it('is deterministic', () => {
    expect(syntheticUscc(7)).toBe(codes[7]);
    expect(syntheticUscc(999)).toBe(codes[999]);
  });

  it('produces 1,000 valid, distinct codes registered by market regulation in Anhui', () => {
    expect(new Set(codes).size).toBe(1_000);
    for (const code of codes) {
      expect(validateUscc(code)).toEqual({ ok: true });
      expect(code).toMatch(/^9[123]34\d{4}\d{8}[\dX]/);
      expect(findRegion(code.slice(2, 8))).toBeDefined();
      expect(organisationCheckCharacter(code.slice(8, 16))).toBe(code[16]);
    }
  });

  it('mostly registers enterprises in 阜阳, with some individual businesses and cooperatives', () => {
    const inFuyang = codes.filter((code) => code.startsWith('3412', 2)).length;
    const types = new Set(codes.map((code) => code[1]));
    expect(inFuyang).toBeGreaterThan(500);
    expect(types).toEqual(new Set(['1', '2', '3']));
  });

  it('stays distinct far apart in the index space', () => {
    const sample = [0, 1, 9_999, 10_000, 12_345_678, 99_999_999].map(syntheticUscc);
    expect(new Set(sample.map((code) => code.slice(8, 16))).size).toBe(sample.length);
  });

  it.each([-1, 1.5, 100_000_000, Number.NaN])('rejects index %p', (index) => {
    expect(() => syntheticUscc(index)).toThrow(RangeError);
  });
});
