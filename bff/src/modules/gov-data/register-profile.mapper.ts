import {
  DataSource,
  SME_INDICATOR_LABELS,
  SmeIndicator,
  industryName,
  maskPersonName,
  regionPath,
  type SmeUnclassifiedReason,
} from '@rongtong/shared';
import type { EnterpriseRegisterRow } from '../enterprises/enterprises.service';
import { EnterpriseRegisterProfileModel } from './models/enterprise-register-profile.model';

const REGULATION = '《中小企业划型标准规定》（工信部联企业〔2011〕300号）';

const REGISTER_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '企业名称',
  type: '企业类型',
  legalRepresentative: '法定代表人',
  regionCode: '注册地区',
  industryCode: '所属行业',
  registeredCapitalFen: '注册资本',
  establishedOn: '成立日期',
  status: '经营状态',
};

const INDICATOR_SOURCES: Record<SmeIndicator, string> = {
  [SmeIndicator.HEADCOUNT]: '从业人员（来自社保缴纳信息）',
  [SmeIndicator.REVENUE]: '营业收入（来自纳税信息）',
  [SmeIndicator.TOTAL_ASSETS]: '资产总额（政务数据暂不提供）',
};

const UNCLASSIFIED_NOTES: Record<Exclude<SmeUnclassifiedReason, 'INSUFFICIENT_DATA'>, string> = {
  UNKNOWN_INDUSTRY: '所属行业不明，暂无法划型',
  NOT_COVERED: `所属行业不适用${REGULATION}`,
  AMBIGUOUS_INDUSTRY: '房地产业各小类的划型标准不同，仅凭行业大类暂无法划型',
};

/** Why the enterprise has the scale it has, or none, in words. */
export function scaleNote(enterprise: Pick<EnterpriseRegisterRow, 'scale' | 'scaleBasis' | 'scaleUnclassifiedReason' | 'scaleMissingIndicators'>): string {
  if (enterprise.scale !== null) {
    return `依据${enterprise.scaleBasis.map((indicator) => SME_INDICATOR_LABELS[indicator]).join('、')}，按${REGULATION}划分`;
  }
  const reason = enterprise.scaleUnclassifiedReason;
  if (reason === null || reason === 'INSUFFICIENT_DATA') {
    const missing = enterprise.scaleMissingIndicators.map((indicator) => INDICATOR_SOURCES[indicator]);
    return missing.length > 0 ? `暂无法划型：缺少${missing.join('、')}` : '暂无法划型';
  }
  return UNCLASSIFIED_NOTES[reason];
}

/** What the register profile shows of the enterprise's register columns, fetched (the legal representative apart). */
export type RegisterProfileColumns = Omit<
  EnterpriseRegisterRow,
  'id' | 'legalRepresentativeCipher' | 'registerConsentId' | 'registerPurpose' | 'registerFetchedAt' | 'registerAsOf'
> & {
  registerFetchedAt: Date;
  registerAsOf: string;
};

/** The register profile of an enterprise whose profile may be shown, the legal representative already decrypted. */
export function toRegisterProfile(
  enterprise: RegisterProfileColumns,
  legalRepresentative: string | null,
): EnterpriseRegisterProfileModel {
  const region = enterprise.regionCode === null ? [] : regionPath(enterprise.regionCode);
  return Object.assign(new EnterpriseRegisterProfileModel(), {
    regionCode: enterprise.regionCode,
    regionName: region.length > 0 ? region.map((part) => part.name).join('') : null,
    industryCode: enterprise.industryCode,
    industryName: enterprise.industryCode === null ? null : industryName(enterprise.industryCode),
    type: enterprise.type,
    establishedOn: enterprise.establishedOn,
    registeredCapitalFen: enterprise.registeredCapitalFen,
    legalRepresentativeMasked: legalRepresentative === null ? null : maskPersonName(legalRepresentative),
    status: enterprise.registerStatus,
    scale: enterprise.scale,
    scaleBasis: enterprise.scaleBasis,
    scaleNote: scaleNote(enterprise),
    source: DataSource.MARKET_REGISTRATION,
    fetchedAt: enterprise.registerFetchedAt,
    asOf: enterprise.registerAsOf,
    complete: enterprise.registerMissingFields.length === 0,
    missingFields: enterprise.registerMissingFields.map((field) => REGISTER_FIELD_LABELS[field] ?? field),
  });
}
