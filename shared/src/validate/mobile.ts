import { invalid, VALID, type ValidationResult } from './validation-result';

/** Mainland mobile number: 11 digits, 1 then a network digit 3–9. No spaces, no +86 prefix. */
export function validateMobile(phone: string): ValidationResult {
  if (phone.length === 0) return invalid('请输入手机号码');
  if (/\s/.test(phone)) return invalid('手机号码不能包含空格');
  if (!/^\d{11}$/.test(phone)) return invalid('手机号码应为11位数字');
  if (!/^1[3-9]/.test(phone)) return invalid('手机号码格式不正确，应以13至19开头');
  return VALID;
}
