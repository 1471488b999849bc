import { GraphQLError, Kind } from 'graphql';
import { DateTimeScalar } from './date-time.scalar';
import { FenScalar } from './fen.scalar';

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : 'not a GraphQLError';
  }
  return 'no error';
}

describe('Fen', () => {
  it('accepts safe integers, including zero and large amounts', () => {
    expect(FenScalar.parseValue(0)).toBe(0);
    expect(FenScalar.parseValue(500_000_000_00)).toBe(500_000_000_00);
    expect(FenScalar.parseLiteral({ kind: Kind.INT, value: '12345' })).toBe(12345);
  });

  it.each([1.5, '100', 2 ** 53, Number.NaN, null, true])('rejects %p as BAD_USER_INPUT', (value) => {
    expect(codeOf(() => FenScalar.parseValue(value))).toBe('BAD_USER_INPUT');
  });

  it('rejects literal fractions, strings and unsafe integers', () => {
    expect(codeOf(() => FenScalar.parseLiteral({ kind: Kind.FLOAT, value: '1.5' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => FenScalar.parseLiteral({ kind: Kind.STRING, value: '100' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => FenScalar.parseLiteral({ kind: Kind.INT, value: '9007199254740993' }))).toBe('BAD_USER_INPUT');
  });

  it('serializes numbers and digit strings, refuses anything unsafe', () => {
    expect(FenScalar.serialize(100)).toBe(100);
    expect(FenScalar.serialize('500000000')).toBe(500000000);
    expect(() => FenScalar.serialize('9007199254740993')).toThrow(TypeError);
    expect(() => FenScalar.serialize(0.1)).toThrow(TypeError);
  });
});

describe('DateTime', () => {
  it('serializes to ISO UTC', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2026, 10, 25, 8)))).toBe('2026-11-25T08:00:00.000Z');
  });

  it('parses ISO strings with any offset into the same instant', () => {
    const parsed = DateTimeScalar.parseValue('2026-11-25T16:00:00+08:00');
    expect(parsed).toEqual(new Date('2026-11-25T08:00:00.000Z'));
  });

  it.each(['2026-11-25', 'yesterday', '2026-13-45T00:00:00Z', 1700000000000])('rejects %p', (value) => {
    expect(codeOf(() => DateTimeScalar.parseValue(value))).toBe('BAD_USER_INPUT');
  });
});
