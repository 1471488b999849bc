import { findRegion, integerBetween, residentIdCheckCharacter, seededRandom, type Random } from '@rongtong/shared';
import { defaultHostIdentity, listTestIdentities, type TestIdentity } from '../identity/identities';

/** What the front of a resident identity card (居民身份证) states. */
export interface IdCardFront {
  name: string;
  sex: '男' | '女';
  ethnicity: string;
  /** YYYY-MM-DD */
  birthDate: string;
  address: string;
  residentId: string;
}

/** What the back states: the issuing police authority and the validity period. */
export interface IdCardBack {
  issuingAuthority: string;
  /** YYYY-MM-DD */
  validFrom: string;
  /** YYYY-MM-DD; null for a long-term card (长期). */
  validTo: string | null;
}

export type IdCardSide = 'FRONT' | 'BACK';
export const ID_CARD_SIDES: readonly IdCardSide[] = ['FRONT', 'BACK'];

export interface IdCard {
  front: IdCardFront;
  back: IdCardBack;
}

/** Why a sample exists: a test identity's current card, another person's card, or an expired card. */
export type SampleKind = 'TEST_IDENTITY' | 'OTHER_PERSON' | 'EXPIRED';

export interface SampleCard {
  /** The path segment of `/ocr/v1/samples/{identityId}/…`: a test identity's `sub`, `other-person` or `expired`. */
  identityId: string;
  kind: SampleKind;
  /** The test identity the card belongs to; null for the other person. */
  holderSub: string | null;
  card: IdCard;
}

export const OTHER_PERSON_ID = 'other-person';
export const EXPIRED_ID = 'expired';

const STREETS = ['人民路', '颍河路', '清河路', '文峰路', '中山路', '淮河路', '解放路', '建设路', '和平路', '团结路', '光明路', '长江路'];
/** Mostly 汉, as in Anhui; 回 is the province's largest minority. */
const ETHNICITIES: readonly (readonly [string, number])[] = [['汉', 0.95], ['回', 0.05]];

/** The earliest and latest issue dates of the current cards: all valid until at least 2030. */
const FIRST_ISSUE = Date.UTC(2020, 0, 1);
const LAST_ISSUE = Date.UTC(2024, 11, 31);
const DAY_MS = 86_400_000;

function pickWeighted(random: Random, entries: readonly (readonly [string, number])[]): string {
  let target = random();
  for (const [value, weight] of entries) {
    target -= weight;
    if (target < 0) return value;
  }
  return entries[0][0];
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function birthDateOf(residentId: string): string {
  return `${residentId.slice(6, 10)}-${residentId.slice(10, 12)}-${residentId.slice(12, 14)}`;
}

/** 342 ↔ the 17th digit: odd for men, even for women (GB 11643). */
function sexOf(residentId: string): '男' | '女' {
  return Number(residentId[16]) % 2 === 1 ? '男' : '女';
}

/** The county (or city) of the ID's area code, and its city. */
function placeOf(residentId: string): { city: string; county: string | null } {
  const region = findRegion(residentId.slice(0, 6));
  if (region === undefined) return { city: '合肥市', county: null };
  if (region.level === 'COUNTY') return { city: findRegion(region.parentCode ?? '')?.name ?? '', county: region.name };
  return { city: region.level === 'CITY' ? region.name : '合肥市', county: null };
}

/** 颍州区 → 阜阳市公安局颍州分局; 临泉县 → 临泉县公安局; a city → 合肥市公安局. */
function issuingAuthorityOf(residentId: string): string {
  const { city, county } = placeOf(residentId);
  if (county === null) return `${city}公安局`;
  return county.endsWith('区') ? `${city}公安局${county.slice(0, -1)}分局` : `${county}公安局`;
}

function ageAt(birthDate: string, dateMs: number): number {
  const [year, month, day] = birthDate.split('-').map(Number);
  const at = new Date(dateMs);
  const hadBirthday = at.getUTCMonth() + 1 > month || (at.getUTCMonth() + 1 === month && at.getUTCDate() >= day);
  return at.getUTCFullYear() - year - (hadBirthday ? 0 : 1);
}

/** Validity by age at issue (居民身份证法 §5): under 16 five years, 16–25 ten, 26–45 twenty, older long-term. */
function validity(birthDate: string, issuedMs: number): IdCardBack['validTo'] {
  const age = ageAt(birthDate, issuedMs);
  const years = age < 16 ? 5 : age <= 25 ? 10 : age <= 45 ? 20 : null;
  if (years === null) return null;
  const issued = new Date(issuedMs);
  return isoDate(Date.UTC(issued.getUTCFullYear() + years, issued.getUTCMonth(), issued.getUTCDate()));
}

interface Person {
  name: string;
  residentId: string;
}

function front(person: Person, random: Random): IdCardFront {
  const { city, county } = placeOf(person.residentId);
  const street = STREETS[integerBetween(random, 0, STREETS.length - 1)];
  const number = integerBetween(random, 1, 399);
  const building = integerBetween(random, 1, 30);
  const room = integerBetween(random, 1, 6) * 100 + integerBetween(random, 1, 4);
  return {
    name: person.name,
    sex: sexOf(person.residentId),
    ethnicity: pickWeighted(random, ETHNICITIES),
    birthDate: birthDateOf(person.residentId),
    address: `安徽省${city}${county ?? ''}${street}${number}号${building}栋${room}室`,
    residentId: person.residentId,
  };
}

/** A person's current card: deterministic from the resident ID, issued 2020–2024. */
export function currentCard(person: Person): IdCard {
  const random = seededRandom(`id-card:${person.residentId}`);
  const cardFront = front(person, random);
  const issuedMs = FIRST_ISSUE + integerBetween(random, 0, (LAST_ISSUE - FIRST_ISSUE) / DAY_MS) * DAY_MS;
  return {
    front: cardFront,
    back: {
      issuingAuthority: issuingAuthorityOf(person.residentId),
      validFrom: isoDate(issuedMs),
      validTo: validity(cardFront.birthDate, issuedMs),
    },
  };
}

/** The person's previous card, issued in 2004: by the age rule it ran out by 2024 at the latest. */
export function expiredCard(person: Person): IdCard {
  const current = currentCard(person);
  const random = seededRandom(`id-card-2004:${person.residentId}`);
  const issuedMs = Date.UTC(2004, 0, 1) + integerBetween(random, 0, 365) * DAY_MS;
  return {
    front: current.front,
    back: { ...current.back, validFrom: isoDate(issuedMs), validTo: validity(current.front.birthDate, issuedMs) },
  };
}

/** Someone who is none of the test identities: a card that must not pass as theirs. Fictitious. */
export const OTHER_PERSON: Person = Object.freeze({
  name: '郑雨桐',
  residentId: `34120219900315246${residentIdCheckCharacter('34120219900315246')}`,
});

function sampleOf(identity: TestIdentity): SampleCard {
  return { identityId: identity.sub, kind: 'TEST_IDENTITY', holderSub: identity.sub, card: currentCard(identity) };
}

const SAMPLES: readonly SampleCard[] = Object.freeze([
  ...listTestIdentities().map(sampleOf),
  { identityId: OTHER_PERSON_ID, kind: 'OTHER_PERSON', holderSub: null, card: currentCard(OTHER_PERSON) },
  { identityId: EXPIRED_ID, kind: 'EXPIRED', holderSub: defaultHostIdentity().sub, card: expiredCard(defaultHostIdentity()) },
]);

const SAMPLES_BY_ID: ReadonlyMap<string, SampleCard> = new Map(SAMPLES.map((sample) => [sample.identityId, sample]));

/** Every card the mock renders: each test identity's, then the other person's, then the expired one. */
export function listSampleCards(): readonly SampleCard[] {
  return SAMPLES;
}

export function findSampleCard(identityId: string): SampleCard | undefined {
  return SAMPLES_BY_ID.get(identityId);
}
