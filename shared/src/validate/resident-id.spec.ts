import { residentIdCheckCharacter, validateResidentId } from './resident-id';

const NOW = new Date('2025-06-30T12:00:00Z');

describe('residentIdCheckCharacter', () => {
  it('reproduces the check character of the GB 11643-1999 example', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
  });

  it('refuses input that is not 17 digits', () => {
    expect(() => residentIdCheckCharacter('1101051949123100')).toThrow(RangeError);
    expect(() => residentIdCheckCharacter('1101051949123100A')).toThrow(RangeError);
  });
});

describe('validateResidentId', () => {
  const withCheck = (first17: string): string => first17 + residentIdCheckCharacter(first17);

  it('accepts the published example and Fuyang-format numbers', () => {
    expect(validateResidentId('11010519491231002X', NOW)).toEqual({ ok: true });
    expect(validateResidentId(withCheck('34120219850615123'), NOW)).toEqual({ ok: true });
    expect(validateResidentId(withCheck('34122120000229004'), NOW)).toEqual({ ok: true });
  });

  it.each([
    ['', '请输入身份证号码'],
    ['11010519491231002', '身份证号码应为18位'],
    ['11010519491231002X ', '身份证号码不能包含空格'],
    ['11010519491231002x', '身份证号码前17位应为数字，最后一位应为数字或大写字母X'],
    ['1101051949123100AX', '身份证号码前17位应为数字，最后一位应为数字或大写字母X'],
    ['99010519491231002X', '身份证号码地区码无效'],
    ['110105194912310021', '身份证号码校验位错误'],
  ])('rejects %j with a reason', (id, reason) => {
    expect(validateResidentId(id, NOW)).toEqual({ ok: false, reason });
  });

  it.each(['34120219490230001', '34120219491301001', '34120218991231001', '34120220250701001', '34120219490000001'])(
    'rejects the impossible or future birth date in %s',
    (first17) => {
      expect(validateResidentId(withCheck(first17), NOW)).toEqual({ ok: false, reason: '身份证号码出生日期无效' });
    },
  );

  it('treats the birth date by the calendar day in China', () => {
    const id = withCheck('34120220250701001');
    expect(validateResidentId(id, new Date('2025-06-30T15:59:59Z')).ok).toBe(false);
    expect(validateResidentId(id, new Date('2025-06-30T16:00:00Z')).ok).toBe(true);
  });
});
