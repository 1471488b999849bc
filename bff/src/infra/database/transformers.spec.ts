import {
  decodeDelimitedList,
  encodeDelimitedList,
  fenTransformer,
  jsonListTransformer,
  UnsafeIntegerError,
} from './transformers';

describe('fenTransformer', () => {
  it('reads mysql2 strings and sqlite numbers as numbers', () => {
    expect(fenTransformer.from('500000000')).toBe(500000000);
    expect(fenTransformer.from(1234)).toBe(1234);
    expect(fenTransformer.from(null)).toBeNull();
  });

  it('refuses unsafe integers both ways', () => {
    expect(() => fenTransformer.from('9007199254740993')).toThrow(UnsafeIntegerError);
    expect(() => fenTransformer.to(2 ** 53)).toThrow(UnsafeIntegerError);
    expect(() => fenTransformer.to(1.5)).toThrow(UnsafeIntegerError);
    expect(fenTransformer.to(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('delimited lists', () => {
  it('round-trips with sentinel commas', () => {
    expect(encodeDelimitedList(['CREDIT', 'MORTGAGE'])).toBe(',CREDIT,MORTGAGE,');
    expect(encodeDelimitedList([])).toBe('');
    expect(decodeDelimitedList(',CREDIT,MORTGAGE,')).toEqual(['CREDIT', 'MORTGAGE']);
    expect(decodeDelimitedList('')).toEqual([]);
    expect(decodeDelimitedList(null)).toEqual([]);
  });

  it('refuses items that would split or vanish', () => {
    expect(() => encodeDelimitedList(['A,B'])).toThrow();
    expect(() => encodeDelimitedList([''])).toThrow();
    expect(encodeDelimitedList(['INTEREST_FIRST'])).toBe(',INTEREST_FIRST,');
  });
});

describe('jsonListTransformer', () => {
  it('keeps commas inside items', () => {
    const stored = jsonListTransformer.to(['营业执照', '近一年财务报表,含附注']);
    expect(jsonListTransformer.from(stored)).toEqual(['营业执照', '近一年财务报表,含附注']);
    expect(jsonListTransformer.from(null)).toEqual([]);
  });
});
