import { DATA_SOURCE_SLUGS, DATA_SOURCES, EnterpriseType } from '@rongtong/shared';
import { GOV_SOURCES } from '.';
import { ADMINISTRATIVE_PENALTIES_SOURCE } from './administrative-penalties.source';
import { HOUSING_FUND_SOURCE } from './housing-fund.source';
import { JUDICIAL_SOURCE } from './judicial.source';
import { MARKET_REGISTRATION_SOURCE } from './market-registration.source';
import { RawFields } from './raw-fields';
import { latestInsuredHeadcount, SOCIAL_SECURITY_SOURCE } from './social-security.source';
import type { GovSourceDescription } from './source-description';
import { latestAnnualRevenueFen, TAX_SOURCE } from './tax.source';
import { UTILITIES_SOURCE } from './utilities.source';

function mapped<R>(description: GovSourceDescription<R>, data: Record<string, unknown>): { record: R; unreadable: string[] } {
  const fields = new RawFields(data);
  return { record: description.map(fields), unreadable: fields.unreadable };
}

const REGISTRATION = {
  name: '阜阳颍州芯片科技有限公司',
  type: 'LIMITED_COMPANY',
  legalRepresentative: '王建国',
  regionCode: '341202',
  industryCode: '39',
  registeredCapitalFen: 500_000_000,
  establishedOn: '2019-04-18',
  status: 'IN_OPERATION',
};

describe('the seven source descriptions', () => {
  it('describe each DataSource once, at its contract slug, signed with HMAC-SM3, with every limit set', () => {
    expect(GOV_SOURCES.map((source) => source.key)).toEqual(DATA_SOURCES);
    for (const source of GOV_SOURCES) {
      expect(source.scope).toBe(source.key);
      expect(source.slug).toBe(DATA_SOURCE_SLUGS[source.scope]);
      expect(source.signing).toBe('HMAC-SM3');
      expect(source.freshnessHours).toBeGreaterThanOrEqual(24);
      expect(source.retry.attempts).toBeGreaterThan(1);
      expect(source.maxPayloadBytes).toBeGreaterThanOrEqual(16 * 1024);
      expect(source.fields.length).toBeGreaterThan(0);
    }
  });
});

describe('market registration mapper', () => {
  it('normalises a complete answer', () => {
    expect(mapped(MARKET_REGISTRATION_SOURCE, REGISTRATION)).toEqual({
      record: { ...REGISTRATION, type: EnterpriseType.LIMITED_COMPANY },
      unreadable: [],
    });
  });

  it('leaves out what is absent or not of its kind, and says which fields', () => {
    const { record, unreadable } = mapped(MARKET_REGISTRATION_SOURCE, {
      ...REGISTRATION,
      legalRepresentative: undefined,
      industryCode: '98',
      registeredCapitalFen: 12.5,
      establishedOn: '2019-02-30',
      type: 'TRUST',
      regionCode: 341202,
    });
    expect(record).toEqual({
      name: REGISTRATION.name,
      type: null,
      legalRepresentative: null,
      regionCode: null,
      industryCode: null,
      registeredCapitalFen: null,
      establishedOn: null,
      status: 'IN_OPERATION',
    });
    expect(unreadable.sort()).toEqual(['establishedOn', 'industryCode', 'legalRepresentative', 'regionCode', 'registeredCapitalFen', 'type']);
  });

  it('refuses negative or unsafe money and overlong names', () => {
    const { record, unreadable } = mapped(MARKET_REGISTRATION_SOURCE, {
      ...REGISTRATION,
      registeredCapitalFen: Number.MAX_SAFE_INTEGER + 2,
      name: '企'.repeat(129),
    });
    expect(record.registeredCapitalFen).toBeNull();
    expect(record.name).toBeNull();
    expect(unreadable.sort()).toEqual(['name', 'registeredCapitalFen']);
  });
});

describe('tax mapper', () => {
  const answer = {
    annual: [
      { year: 2023, revenueFen: 1_200_000_000, taxPaidFen: 36_000_000 },
      { year: 2025, revenueFen: 1_800_000_000, taxPaidFen: 54_000_000 },
      { year: 2024, revenueFen: 1_500_000_000, taxPaidFen: 45_000_000 },
    ],
    monthly: [{ month: '2026-10', revenueFen: 150_000_000, taxPaidFen: 4_500_000 }],
    arrearsFen: 0,
    creditRating: 'B',
    ratingYear: 2025,
  };

  it('normalises the answer and finds the latest full year\'s revenue whatever the order', () => {
    const { record, unreadable } = mapped(TAX_SOURCE, answer);
    expect(unreadable).toEqual([]);
    expect(record.creditRating).toBe('B');
    expect(latestAnnualRevenueFen(record)).toBe(1_800_000_000);
    expect(latestAnnualRevenueFen(null)).toBeNull();
    expect(latestAnnualRevenueFen({ ...record, annual: [] })).toBeNull();
  });

  it('drops a list item with an unreadable field instead of keeping half of it', () => {
    const { record, unreadable } = mapped(TAX_SOURCE, { ...answer, annual: [{ year: 2025, revenueFen: -1, taxPaidFen: 0 }, answer.annual[0], 'x'] });
    expect(record.annual).toEqual([answer.annual[0]]);
    expect(unreadable).toEqual(['annual.0.revenueFen', 'annual.2']);
  });

  it('refuses a list longer than its bound and an unknown rating', () => {
    const months = Array.from({ length: 37 }, (_, i) => ({ month: `2024-${String((i % 12) + 1).padStart(2, '0')}`, revenueFen: 1, taxPaidFen: 0 }));
    const { record, unreadable } = mapped(TAX_SOURCE, { ...answer, monthly: months, creditRating: 'AAA' });
    expect(record.monthly).toBeNull();
    expect(record.creditRating).toBeNull();
    expect(unreadable.sort()).toEqual(['creditRating', 'monthly']);
  });
});

describe('monthly series mappers', () => {
  it('read social security, housing fund and utilities, and the latest insured headcount', () => {
    const insured = mapped(SOCIAL_SECURITY_SOURCE, {
      monthly: [
        { month: '2026-09', insuredHeadcount: 41 },
        { month: '2026-10', insuredHeadcount: 43 },
      ],
    });
    expect(insured.unreadable).toEqual([]);
    expect(latestInsuredHeadcount(insured.record)).toBe(43);
    expect(latestInsuredHeadcount({ monthly: null })).toBeNull();
    expect(mapped(HOUSING_FUND_SOURCE, { monthly: [{ month: '2026-10', contributors: 12 }] }).record).toEqual({ monthly: [{ month: '2026-10', contributors: 12 }] });
    expect(mapped(UTILITIES_SOURCE, { monthly: [{ month: '2026-13', electricityKwh: 1, waterTonnes: 1 }] })).toEqual({
      record: { monthly: [] },
      unreadable: ['monthly.0.month'],
    });
  });
});

describe('judicial and penalty mappers', () => {
  it('read cases, enforcements, the dishonest-debtor flag and penalties', () => {
    const judicial = mapped(JUDICIAL_SOURCE, {
      cases: [{ caseNumber: '（2025）皖1202民初1234号', court: '阜阳市颍州区人民法院', role: 'DEFENDANT', cause: '买卖合同纠纷', filedOn: '2025-03-02', amountFen: 12_000_000, status: 'CLOSED' }],
      enforcements: [],
      dishonestDebtor: false,
      dishonestSince: null,
    });
    expect(judicial.unreadable).toEqual([]);
    expect(judicial.record.cases).toHaveLength(1);
    expect(judicial.record.dishonestSince).toBeNull();
    const missingSince = mapped(JUDICIAL_SOURCE, { cases: [], enforcements: [], dishonestDebtor: true });
    expect(missingSince.unreadable).toEqual(['dishonestSince']);
    const penalties = mapped(ADMINISTRATIVE_PENALTIES_SOURCE, {
      penalties: [{ decisionNumber: '阜市监罚〔2024〕12号', authority: '阜阳市市场监督管理局', reason: '未按规定公示年度报告', amountFen: 500_000, decidedOn: '2024-06-30' }],
    });
    expect(penalties).toEqual({ record: { penalties: [expect.objectContaining({ amountFen: 500_000 })] }, unreadable: [] });
  });
});
