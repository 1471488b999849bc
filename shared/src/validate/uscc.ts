import { invalid, VALID, type ValidationResult } from './validation-result';

/**
 * Unified social credit code, GB 32100-2015 (统一社会信用代码):
 * 1 registration authority · 1 entity type · 6 area code (GB/T 2260) · 9 organisation code · 1 check character.
 */

/** The 31 characters a code may use (no I, O, S, V, Z); a character's value is its index. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * Registration authorities (登记管理部门): 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教,
 * 8 工会, 9 市场监管（工商）, A 中央军委改革和编制办公室, N 农业, Y 其他.
 */
export const USCC_REGISTRATION_AUTHORITIES = '123456789ANY';

const USCC_PATTERN = new RegExp(`^[${USCC_CHARSET}]{18}$`);
const FIRST17_PATTERN = new RegExp(`^[${USCC_CHARSET}]{17}$`);

export function usccCheckCharacter(first17: string): string {
  if (!FIRST17_PATTERN.test(first17)) {
    throw new RangeError('计算校验位需要17位有效的统一社会信用代码字符');
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += USCC_CHARSET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

export function validateUscc(code: string): ValidationResult {
  if (code.length === 0) return invalid('请输入统一社会信用代码');
  if (/\s/.test(code)) return invalid('统一社会信用代码不能包含空格');
  if (code.length !== 18) return invalid('统一社会信用代码应为18位');
  if (!USCC_PATTERN.test(code)) {
    return invalid('统一社会信用代码只能包含数字和大写英文字母（不含I、O、S、V、Z）');
  }
  if (!USCC_REGISTRATION_AUTHORITIES.includes(code[0])) {
    return invalid('统一社会信用代码第1位登记管理部门代码无效');
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return invalid('统一社会信用代码第3至8位应为6位数字行政区划码');
  }
  if (usccCheckCharacter(code.slice(0, 17)) !== code[17]) {
    return invalid('统一社会信用代码校验位错误');
  }
  return VALID;
}
