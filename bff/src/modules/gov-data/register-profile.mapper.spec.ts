import { DataSource, EnterpriseScale, EnterpriseType, SmeIndicator } from '@rongtong/shared';
import { scaleNote, toRegisterProfile, type RegisterProfileColumns } from './register-profile.mapper';

const COLUMNS: RegisterProfileColumns = {
  regionCode: '341202',
  industryCode: '39',
  type: EnterpriseType.LIMITED_COMPANY,
  establishedOn: '2019-04-18',
  registeredCapitalFen: 500_000_000,
  registerStatus: 'IN_OPERATION',
  scale: EnterpriseScale.SMALL,
  scaleBasis: [SmeIndicator.HEADCOUNT, SmeIndicator.REVENUE],
  scaleUnclassifiedReason: null,
  scaleMissingIndicators: [],
  registerMissingFields: [],
  registerFetchedAt: new Date('2026-12-01T02:00:00.000Z'),
  registerAsOf: '2026-11-30',
};

describe('register profile mapping', () => {
  it('says what the scale rests on, or what it lacks, in words', () => {
    expect(scaleNote(COLUMNS)).toBe('依据从业人员、营业收入，按《中小企业划型标准规定》（工信部联企业〔2011〕300号）划分');
    const none = { ...COLUMNS, scale: null, scaleBasis: [] };
    expect(scaleNote({ ...none, scaleUnclassifiedReason: 'INSUFFICIENT_DATA', scaleMissingIndicators: [SmeIndicator.REVENUE] })).toBe(
      '暂无法划型：缺少营业收入（来自纳税信息）',
    );
    expect(scaleNote({ ...none, scaleUnclassifiedReason: 'NOT_COVERED', scaleMissingIndicators: [] })).toContain('不适用');
    expect(scaleNote({ ...none, scaleUnclassifiedReason: null, scaleMissingIndicators: [] })).toBe('暂无法划型');
  });

  it('shows names for codes, the source and the masked legal representative, and the missing fields in Chinese', () => {
    const profile = toRegisterProfile({ ...COLUMNS, registerMissingFields: ['legalRepresentative', 'status'] }, '王建国');
    expect(profile).toMatchObject({
      regionName: '安徽省阜阳市颍州区',
      industryName: '计算机、通信和其他电子设备制造业',
      legalRepresentativeMasked: '王**',
      source: DataSource.MARKET_REGISTRATION,
      complete: false,
      missingFields: ['法定代表人', '经营状态'],
    });
    expect(JSON.stringify(profile)).not.toContain('王建国');
    expect(toRegisterProfile({ ...COLUMNS, regionCode: null }, null)).toMatchObject({ regionName: null, legalRepresentativeMasked: null, complete: true });
  });
});
