import { ANHUI_CITIES, FUYANG_CITY_CODE, FUYANG_COUNTIES } from '../domain/regions';
import { usccCheckCharacter } from '../validate/uscc';
import { fnv1a32, pickWeighted, seededRandom, type Random } from './random';

/** How many distinct synthetic codes exist: the 8-digit organisation-code body is a permutation of the index. */
export const SYNTHETIC_USCC_CAPACITY = 100_000_000;

const HALF_SPACE = 10_000;
const FEISTEL_ROUNDS = 4;
const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Most synthetic entities are registered in 阜阳 (city or county level), the rest elsewhere in Anhui. */
const AREA_CODES: readonly (readonly [string, number])[] = [
  [FUYANG_CITY_CODE, 16],
  ...FUYANG_COUNTIES.map((county) => [county.code, 8] as const),
  ...ANHUI_CITIES.filter((city) => city.code !== FUYANG_CITY_CODE).map((city) => [city.code, 2] as const),
];

/**
 * A valid unified social credit code for the index-th synthetic market entity:
 * 9 (market regulation) · entity type (1 企业 / 2 个体工商户 / 3 农民专业合作社) · Anhui area code ·
 * organisation code (8 digits + its GB 11714 check character) · GB 32100 check character.
 * Distinct indices give distinct codes.
 */
export function syntheticUscc(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0 || index >= SYNTHETIC_USCC_CAPACITY) {
    throw new RangeError(`序号应为0至${SYNTHETIC_USCC_CAPACITY - 1}之间的整数`);
  }
  const random = seededRandom(`synthetic-uscc:${index}`);
  const body = String(permuteIndex(index)).padStart(8, '0');
  const areaCode = pickWeighted(random, AREA_CODES);
  const first17 = `9${entityTypeCode(random)}${areaCode}${body}${organisationCheckCharacter(body)}`;
  return first17 + usccCheckCharacter(first17);
}

function entityTypeCode(random: Random): string {
  return pickWeighted(random, [
    ['1', 80],
    ['2', 15],
    ['3', 5],
  ]);
}

/** A Feistel network over two 4-digit halves: a bijection of [0, 10^8) that scatters neighbouring indices. */
function permuteIndex(index: number): number {
  let left = Math.floor(index / HALF_SPACE);
  let right = index % HALF_SPACE;
  for (let round = 0; round < FEISTEL_ROUNDS; round += 1) {
    [left, right] = [right, (left + fnv1a32(`${round}:${right}`)) % HALF_SPACE];
  }
  return left * HALF_SPACE + right;
}

/** GB 11714-1997 check character of an 8-digit organisation code body: 11 − Σ mod 11, 10 → X, 11 → 0. */
export function organisationCheckCharacter(body: string): string {
  if (!/^\d{8}$/.test(body)) {
    throw new RangeError('组织机构代码本体应为8位数字');
  }
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * ORGANISATION_CODE_WEIGHTS[i], 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  return check === 11 ? '0' : String(check);
}
