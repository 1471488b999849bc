import { EnterpriseScale, EnterpriseType } from '../domain/enterprise';
import { FUYANG_COUNTIES, findRegion, type Region } from '../domain/regions';
import type { Fen } from '../money/amount';
import { validateUscc } from '../validate/uscc';
import { integerBetween, pick, pickWeighted, seededRandom, type Random } from './random';
import {
  COOPERATIVE_PROFILES,
  GIVEN_NAME_CHARACTERS,
  INDUSTRY_PROFILES,
  SURNAMES,
  TRADE_NAME_CHARACTERS,
  type IndustryProfile,
} from './vocabulary';

export interface SyntheticEnterprise {
  uscc: string;
  name: string;
  legalRepresentative: string;
  regionCode: string;
  /** GB/T 4754-2017 division code. */
  industryCode: string;
  scale: EnterpriseScale;
  type: EnterpriseType;
  /** YYYY-MM-DD */
  establishedOn: string;
  registeredCapitalFen: Fen;
}

const FEN_PER_WAN_YUAN = 1_000_000;
const FIRST_ESTABLISHED = Date.UTC(2000, 0, 1);
const LAST_ESTABLISHED = Date.UTC(2025, 11, 31);
/** The Farmers' Professional Cooperatives Law took effect on 2007-07-01. */
const FIRST_COOPERATIVE = Date.UTC(2007, 6, 1);
const DAY_MS = 86_400_000;

/** Registered capital options in 万元 by scale; individual businesses declare small operating funds. */
const CAPITAL_WAN: Record<EnterpriseScale, readonly number[]> = {
  [EnterpriseScale.MICRO]: [3, 5, 10, 20, 30, 50, 100],
  [EnterpriseScale.SMALL]: [50, 100, 200, 300, 500, 800, 1000],
  [EnterpriseScale.MEDIUM]: [500, 1000, 2000, 3000, 5000],
  [EnterpriseScale.LARGE]: [5000, 10000, 20000, 50000],
};
const INDIVIDUAL_BUSINESS_CAPITAL_WAN: readonly number[] = [1, 2, 3, 5, 10];

/**
 * The synthetic market entity behind a USCC: every field is derived from the code alone, so the same
 * code always describes the same enterprise (in seeds, in mock-server and in the government data exchange).
 */
export function syntheticEnterprise(uscc: string): SyntheticEnterprise {
  const validation = validateUscc(uscc);
  if (!validation.ok) {
    throw new RangeError(`无效的统一社会信用代码：${validation.reason}`);
  }
  const random = seededRandom(`synthetic-enterprise:${uscc}`);
  const type = enterpriseType(uscc, random);
  const region = enterpriseRegion(uscc, random);
  const legalRepresentative = personName(random);
  const { industryCode, name } = nameAndIndustry(type, region, legalRepresentative, random);
  const scale = enterpriseScale(type, random);
  return {
    uscc,
    name,
    legalRepresentative,
    regionCode: region.code,
    industryCode,
    scale,
    type,
    establishedOn: establishedOn(type, random),
    registeredCapitalFen: registeredCapitalFen(type, scale, random),
  };
}

/** The second character of a market-regulation code says 企业 (1), 个体工商户 (2) or 农民专业合作社 (3). */
function enterpriseType(uscc: string, random: Random): EnterpriseType {
  if (uscc.startsWith('92')) return EnterpriseType.INDIVIDUAL_BUSINESS;
  if (uscc.startsWith('93')) return EnterpriseType.FARMERS_COOPERATIVE;
  return pickWeighted(random, [
    [EnterpriseType.LIMITED_COMPANY, 80],
    [EnterpriseType.SOLE_PROPRIETORSHIP, 9],
    [EnterpriseType.PARTNERSHIP, 6],
    [EnterpriseType.JOINT_STOCK_COMPANY, 5],
  ]);
}

/** The code's own area when it is a known Anhui region, otherwise a 阜阳 county. */
function enterpriseRegion(uscc: string, random: Random): Region {
  return findRegion(uscc.slice(2, 8)) ?? pick(random, FUYANG_COUNTIES);
}

function personName(random: Random): string {
  const surname = pickWeighted(
    random,
    SURNAMES.map((character, rank) => [character, rank < 10 ? 3 : rank < 30 ? 2 : 1] as const),
  );
  const first = pick(random, GIVEN_NAME_CHARACTERS);
  if (random() < 0.3) return surname + first;
  const second = pick(random, GIVEN_NAME_CHARACTERS.filter((character) => character !== first));
  return surname + first + second;
}

function tradeName(random: Random): string {
  const first = pick(random, TRADE_NAME_CHARACTERS);
  return first + pick(random, TRADE_NAME_CHARACTERS.filter((character) => character !== first));
}

function nameAndIndustry(
  type: EnterpriseType,
  region: Region,
  legalRepresentative: string,
  random: Random,
): { industryCode: string; name: string } {
  const local = region.name;
  switch (type) {
    case EnterpriseType.INDIVIDUAL_BUSINESS: {
      const profile = pickProfile(random, INDUSTRY_PROFILES.filter((candidate) => candidate.shopWords.length > 0));
      const brand = random() < 0.4 ? `${legalRepresentative[0]}记` : tradeName(random);
      return { industryCode: profile.division, name: `${local}${brand}${pick(random, profile.shopWords)}` };
    }
    case EnterpriseType.FARMERS_COOPERATIVE: {
      const profile = pick(random, COOPERATIVE_PROFILES);
      const name = `${local}${tradeName(random)}${pick(random, profile.words)}专业合作社`;
      return { industryCode: profile.division, name };
    }
    default: {
      const profile = pickProfile(random, INDUSTRY_PROFILES);
      const core = `${companyPrefix(type, region, random)}${tradeName(random)}${pick(random, profile.companyWords)}`;
      return { industryCode: profile.division, name: core + legalFormSuffix(type, profile, random) };
    }
  }
}

function pickProfile(random: Random, profiles: readonly IndustryProfile[]): IndustryProfile {
  return pickWeighted(random, profiles.map((profile) => [profile, profile.weight] as const));
}

/** 安徽…, 阜阳… or the full local name (阜阳市… / 临泉县…); joint-stock companies usually carry the province. */
function companyPrefix(type: EnterpriseType, region: Region, random: Random): string {
  const city = region.level === 'COUNTY' && region.parentCode ? findRegion(region.parentCode) : region;
  const cityShort = (city ?? region).name.replace(/[省市]$/, '');
  if (type === EnterpriseType.JOINT_STOCK_COMPANY) return random() < 0.7 ? '安徽' : cityShort;
  return pickWeighted(random, [
    ['安徽', 2],
    [cityShort, 5],
    [region.name, 3],
  ]);
}

function legalFormSuffix(type: EnterpriseType, profile: IndustryProfile, random: Random): string {
  switch (type) {
    case EnterpriseType.JOINT_STOCK_COMPANY:
      return '股份有限公司';
    case EnterpriseType.SOLE_PROPRIETORSHIP:
      return isManufacturing(profile.division) ? '厂' : pick(random, ['经营部', '商行', '服务中心']);
    case EnterpriseType.PARTNERSHIP:
      return random() < 0.5 ? '合伙企业（普通合伙）' : '合伙企业（有限合伙）';
    default:
      return '有限公司';
  }
}

/** Section C, divisions 13–43. */
function isManufacturing(division: string): boolean {
  return division >= '13' && division <= '43';
}

function enterpriseScale(type: EnterpriseType, random: Random): EnterpriseScale {
  const { MICRO, SMALL, MEDIUM, LARGE } = EnterpriseScale;
  switch (type) {
    case EnterpriseType.INDIVIDUAL_BUSINESS:
      return MICRO;
    case EnterpriseType.FARMERS_COOPERATIVE:
      return pickWeighted(random, [[MICRO, 7], [SMALL, 3]]);
    case EnterpriseType.SOLE_PROPRIETORSHIP:
    case EnterpriseType.PARTNERSHIP:
      return pickWeighted(random, [[MICRO, 70], [SMALL, 25], [MEDIUM, 5]]);
    case EnterpriseType.JOINT_STOCK_COMPANY:
      return pickWeighted(random, [[SMALL, 30], [MEDIUM, 45], [LARGE, 25]]);
    case EnterpriseType.LIMITED_COMPANY:
      return pickWeighted(random, [[MICRO, 55], [SMALL, 30], [MEDIUM, 12], [LARGE, 3]]);
    default:
      return assertNever(type);
  }
}

function establishedOn(type: EnterpriseType, random: Random): string {
  const first = type === EnterpriseType.FARMERS_COOPERATIVE ? FIRST_COOPERATIVE : FIRST_ESTABLISHED;
  const days = integerBetween(random, 0, (LAST_ESTABLISHED - first) / DAY_MS);
  return new Date(first + days * DAY_MS).toISOString().slice(0, 10);
}

function registeredCapitalFen(type: EnterpriseType, scale: EnterpriseScale, random: Random): Fen {
  const options = type === EnterpriseType.INDIVIDUAL_BUSINESS ? INDIVIDUAL_BUSINESS_CAPITAL_WAN : CAPITAL_WAN[scale];
  return pick(random, options) * FEN_PER_WAN_YUAN;
}

function assertNever(value: never): never {
  throw new RangeError(`未知的企业类型：${String(value)}`);
}
