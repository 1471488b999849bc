import { usccCheckCharacter, validateUscc } from './uscc';

/** Codes published on business licences (GB 32100-2015 examples and well-known companies). */
const PUBLISHED_CODES = ['91350100M000100Y43', '914403001922038216', '9144030071526726XG', '91330100716105852F'];

describe('usccCheckCharacter', () => {
  it.each(PUBLISHED_CODES)('reproduces the check character of %s', (code) => {
    expect(usccCheckCharacter(code.slice(0, 17))).toBe(code[17]);
  });

  it('refuses input that is not 17 code characters', () => {
    expect(() => usccCheckCharacter('91350100M000100Y')).toThrow(RangeError);
    expect(() => usccCheckCharacter('91350100M000100YI')).toThrow(RangeError);
  });
});

describe('validateUscc', () => {
  it.each(PUBLISHED_CODES)('accepts %s', (code) => {
    expect(validateUscc(code)).toEqual({ ok: true });
  });

  it('accepts a Fuyang code built with the check function', () => {
    const first17 = '91341200' + '75685231' + '6';
    expect(validateUscc(first17 + usccCheckCharacter(first17))).toEqual({ ok: true });
  });

  it.each([
    ['', '请输入统一社会信用代码'],
    ['91350100M000100Y4', '统一社会信用代码应为18位'],
    ['91350100M000100Y43 ', '统一社会信用代码不能包含空格'],
    [' 91350100M000100Y4', '统一社会信用代码不能包含空格'],
    ['91350100m000100Y43', '统一社会信用代码只能包含数字和大写英文字母（不含I、O、S、V、Z）'],
    ['91350100I000100Y43', '统一社会信用代码只能包含数字和大写英文字母（不含I、O、S、V、Z）'],
    ['B1350100M000100Y43', '统一社会信用代码第1位登记管理部门代码无效'],
    ['913501A0M000100Y43', '统一社会信用代码第3至8位应为6位数字行政区划码'],
    ['91350100M000100Y44', '统一社会信用代码校验位错误'],
  ])('rejects %j with a reason', (code, reason) => {
    expect(validateUscc(code)).toEqual({ ok: false, reason });
  });

  it('detects any single changed character', () => {
    const code = PUBLISHED_CODES[0];
    for (let i = 0; i < 17; i += 1) {
      const replacement = code[i] === '1' ? '2' : '1';
      const altered = code.slice(0, i) + replacement + code.slice(i + 1);
      expect(validateUscc(altered).ok).toBe(false);
    }
  });
});
