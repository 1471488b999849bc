import { registerEnumType } from '@nestjs/graphql';
import { REGISTRATION_STATUS_LABELS, SME_INDICATOR_LABELS, SmeIndicator } from '@rongtong/shared';
import type { RefreshOutcome } from '../government-data-refresh.service';

/** A GraphQL enum object (value → itself) for a union of strings, from its table of labels. */
function enumOf<T extends string>(labels: Record<T, string>): { readonly [Value in T]: Value } {
  return Object.fromEntries(Object.keys(labels).map((value) => [value, value])) as { [Value in T]: Value };
}

export const GOVERNMENT_DATA_OUTCOME_LABELS: Record<RefreshOutcome, string> = {
  FETCHED: '已更新',
  PARTIAL: '已更新，部分数据暂缺',
  FAILED: '获取失败，已保留上次的数据',
  TIMED_OUT: '数据源响应超时，已保留上次的数据',
  CIRCUIT_OPEN: '数据源暂时不可用，已保留上次的数据',
  REFUSED: '授权已失效，已停止获取并删除已获取的数据',
  NOT_CONSENTED: '未授权平台获取',
  RECENT: '一分钟内已更新',
};

/** 经营状态 as GraphQL sees it (the exchange's RegistrationStatus). */
export const RegistrationStatusEnum = enumOf(REGISTRATION_STATUS_LABELS);
export const GovernmentDataOutcomeEnum = enumOf(GOVERNMENT_DATA_OUTCOME_LABELS);

const descriptions = <T extends string>(labels: Record<T, string>) =>
  Object.fromEntries(Object.entries(labels).map(([value, description]) => [value, { description }])) as Partial<Record<T, { description: string }>>;

registerEnumType(RegistrationStatusEnum, { name: 'RegistrationStatus', description: '经营状态', valuesMap: descriptions(REGISTRATION_STATUS_LABELS) });
registerEnumType(GovernmentDataOutcomeEnum, {
  name: 'GovernmentDataOutcome',
  description: '一次刷新中某项政务数据的结果',
  valuesMap: descriptions(GOVERNMENT_DATA_OUTCOME_LABELS),
});
registerEnumType(SmeIndicator, { name: 'SmeIndicator', description: '中小企业划型指标', valuesMap: descriptions(SME_INDICATOR_LABELS) });
