import { invalid, VALID, type ValidationResult } from './validation-result';

/**
 * Citizen identity number, GB 11643-1999 (公民身份号码):
 * 6 area code · 8 birth date YYYYMMDD · 3 sequence (odd for men) · 1 check character (0-9 or X).
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARACTERS = '10X98765432';

/** First two digits: mainland provinces, plus 81/82/83 of Hong Kong, Macao and Taiwan residence permits. */
const PROVINCE_PREFIXES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

const EARLIEST_BIRTH_YEAR = 1900;
const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('计算校验位需要身份证号码的前17位数字');
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += Number(first17[i]) * ID_WEIGHTS[i];
  }
  return ID_CHECK_CHARACTERS[sum % 11];
}

/** `now` decides what counts as a future birth date (the calendar day in China, UTC+8). */
export function validateResidentId(id: string, now: Date = new Date()): ValidationResult {
  if (id.length === 0) return invalid('请输入身份证号码');
  if (/\s/.test(id)) return invalid('身份证号码不能包含空格');
  if (id.length !== 18) return invalid('身份证号码应为18位');
  if (!/^\d{17}[\dX]$/.test(id)) return invalid('身份证号码前17位应为数字，最后一位应为数字或大写字母X');
  if (!PROVINCE_PREFIXES.has(id.slice(0, 2))) return invalid('身份证号码地区码无效');
  if (!isValidBirthDate(id.slice(6, 14), now)) return invalid('身份证号码出生日期无效');
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id[17]) return invalid('身份证号码校验位错误');
  return VALID;
}

function isValidBirthDate(yyyymmdd: string, now: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const isRealDate = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const todayInChina = new Date(now.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, '');
  return isRealDate && year >= EARLIEST_BIRTH_YEAR && yyyymmdd <= todayInChina;
}
