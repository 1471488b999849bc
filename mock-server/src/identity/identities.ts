import { createHash } from 'node:crypto';
import {
  FUYANG_COUNTIES,
  residentIdCheckCharacter,
  seededRandom,
  syntheticEnterprise,
  syntheticUscc,
  type Random,
} from '@rongtong/shared';

/** How the person stands to the enterprise they log in for (法人登录). */
export type EnterpriseRelation = 'LEGAL_REPRESENTATIVE' | 'AGENT';

export const ENTERPRISE_RELATION_LABELS: Record<EnterpriseRelation, string> = {
  LEGAL_REPRESENTATIVE: '法定代表人',
  AGENT: '经办人',
};

interface IdentityBase {
  /** Stable opaque subject identifier, as the provincial platform issues it. */
  sub: string;
  name: string;
  /** Mainland 11-digit mobile number. */
  phone: string;
  /** GB 11643-1999 citizen identity number. */
  residentId: string;
}

export interface CitizenIdentity extends IdentityBase {
  kind: 'CITIZEN';
}

export interface EnterpriseIdentity extends IdentityBase {
  kind: 'ENTERPRISE';
  uscc: string;
  enterpriseName: string;
  relation: EnterpriseRelation;
}

export type TestIdentity = CitizenIdentity | EnterpriseIdentity;

export const CITIZEN_COUNT = 12;
/** Enterprises `syntheticUscc(0)` … `syntheticUscc(ENTERPRISE_COUNT - 1)`, each with two identities. */
export const ENTERPRISE_COUNT = 20;

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢'];
const GIVEN_NAME_CHARACTERS = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉兰红建国志文斌辉鹏飞宇浩鑫婷雪丹晨阳林波宁凯俊峰海亮云燕慧萍莉玲琳倩欣佳颖梅春东新成永庆德正安'];
const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155',
  '156', '157', '158', '159', '166', '173', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '199'];

const FIRST_BIRTH = Date.UTC(1960, 0, 1);
const LAST_BIRTH = Date.UTC(2000, 11, 31);
const DAY_MS = 86_400_000;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function digits(random: Random, count: number): string {
  return Array.from({ length: count }, () => String(Math.floor(random() * 10))).join('');
}

function personName(random: Random, avoid: string): string {
  for (;;) {
    const surname = pick(random, SURNAMES);
    const given = random() < 0.3 ? pick(random, GIVEN_NAME_CHARACTERS) : pick(random, GIVEN_NAME_CHARACTERS) + pick(random, GIVEN_NAME_CHARACTERS);
    const name = surname + given;
    if (name !== avoid && given[0] !== given[1]) return name;
  }
}

function mobile(random: Random): string {
  return pick(random, MOBILE_PREFIXES) + digits(random, 8);
}

function residentId(random: Random, areaCode: string): string {
  const birthDays = Math.floor(random() * ((LAST_BIRTH - FIRST_BIRTH) / DAY_MS + 1));
  const birthDate = new Date(FIRST_BIRTH + birthDays * DAY_MS).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `${areaCode}${birthDate}${digits(random, 3)}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** 'wst-' and 24 hex digits of a hash of the seed: opaque, stable, and unrelated to any personal data. */
function subjectId(seed: string): string {
  return `wst-${createHash('sha256').update(`rongtong-mock-identity:${seed}`).digest('hex').slice(0, 24)}`;
}

function citizen(index: number): CitizenIdentity {
  const seed = `citizen:${index}`;
  const random = seededRandom(`identity:${seed}`);
  const areaCode = pick(random, FUYANG_COUNTIES).code;
  return {
    kind: 'CITIZEN',
    sub: subjectId(seed),
    name: personName(random, ''),
    phone: mobile(random),
    residentId: residentId(random, areaCode),
  };
}

function enterpriseIdentities(index: number): EnterpriseIdentity[] {
  const enterprise = syntheticEnterprise(syntheticUscc(index));
  const person = (relation: EnterpriseRelation, name: string): EnterpriseIdentity => {
    const seed = `${enterprise.uscc}:${relation}`;
    const random = seededRandom(`identity:${seed}`);
    return {
      kind: 'ENTERPRISE',
      sub: subjectId(seed),
      name,
      phone: mobile(random),
      residentId: residentId(random, enterprise.regionCode),
      uscc: enterprise.uscc,
      enterpriseName: enterprise.name,
      relation,
    };
  };
  const agentName = personName(seededRandom(`identity:${enterprise.uscc}:agent-name`), enterprise.legalRepresentative);
  return [person('LEGAL_REPRESENTATIVE', enterprise.legalRepresentative), person('AGENT', agentName)];
}

const IDENTITIES: readonly TestIdentity[] = Object.freeze([
  ...Array.from({ length: CITIZEN_COUNT }, (_, index) => citizen(index)),
  ...Array.from({ length: ENTERPRISE_COUNT }, (_, index) => enterpriseIdentities(index)).flat(),
]);

const BY_SUB: ReadonlyMap<string, TestIdentity> = new Map(IDENTITIES.map((identity) => [identity.sub, identity]));

/** Citizens first, then for each enterprise its legal representative and its agent. Always the same list. */
export function listTestIdentities(): readonly TestIdentity[] {
  return IDENTITIES;
}

export function findTestIdentity(sub: string): TestIdentity | undefined {
  return BY_SUB.get(sub);
}

/** The legal representative of `syntheticUscc(0)`: who the host app is logged in as unless told otherwise. */
export function defaultHostIdentity(): EnterpriseIdentity {
  const identity = IDENTITIES.find((candidate): candidate is EnterpriseIdentity => candidate.kind === 'ENTERPRISE');
  if (identity === undefined) throw new Error('no enterprise identity');
  return identity;
}
