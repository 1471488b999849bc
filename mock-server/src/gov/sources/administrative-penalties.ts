import { findIndustry, type AdministrativePenaltiesData } from '@rongtong/shared';
import { yearlyEvents, yuanFen } from '../model/events';
import type { EnterpriseModel } from '../model/latent-risk';
import { exp, floor, log, min } from '../model/math';
import { NoiseStream } from '../model/noise';
import { localityOf, type Locality } from './places';

/** Penalty decisions stay public for three years (36 months up to the as-of month). */
export const PENALTY_LOOKBACK_MONTHS = 36;

interface Authority {
  /** Who decides, given the locality. */
  name(locality: Locality): string;
  /** Abbreviation in the decision number: 颍州市监罚〔2025〕12号. */
  abbreviation: string;
  reasons: readonly string[];
  /** Fine range in yuan. */
  minYuan: number;
  maxYuan: number;
  /** Which industries it fines (GB/T 4754 section letters); all when absent. */
  sections?: readonly string[];
}

const AUTHORITIES: readonly Authority[] = [
  {
    name: (l) => `${l.name}市场监督管理局`,
    abbreviation: '市监',
    reasons: ['销售不合格产品', '虚假宣传', '价格违法行为', '未按规定公示年度报告信息'],
    minYuan: 2_000,
    maxYuan: 100_000,
  },
  {
    name: (l) => `${l.name}市场监督管理局`,
    abbreviation: '市监',
    reasons: ['食品安全违法行为', '经营超过保质期的食品'],
    minYuan: 5_000,
    maxYuan: 50_000,
    sections: ['C', 'F', 'H'],
  },
  {
    name: (l) => `${l.cityName}生态环境局`,
    abbreviation: '环',
    reasons: ['超标排放大气污染物', '未批先建', '固体废物贮存处置不规范'],
    minYuan: 20_000,
    maxYuan: 500_000,
    sections: ['B', 'C', 'D'],
  },
  {
    name: (l) => `${l.name}应急管理局`,
    abbreviation: '应急',
    reasons: ['安全生产责任制落实不到位', '未按规定开展安全生产教育培训'],
    minYuan: 10_000,
    maxYuan: 200_000,
    sections: ['B', 'C', 'E', 'G'],
  },
  {
    name: (l) => `国家税务总局${l.name}税务局`,
    abbreviation: '税',
    reasons: ['未按期办理纳税申报', '未按规定开具发票'],
    minYuan: 200,
    maxYuan: 10_000,
  },
  {
    name: (l) => `${l.cityName}消防救援支队`,
    abbreviation: '消',
    reasons: ['消防设施未保持完好有效', '占用、堵塞疏散通道'],
    minYuan: 5_000,
    maxYuan: 50_000,
  },
  {
    name: (l) => `${l.name}人力资源和社会保障局`,
    abbreviation: '人社',
    reasons: ['未按时足额支付劳动报酬', '未依法缴纳社会保险费'],
    minYuan: 2_000,
    maxYuan: 50_000,
  },
];

export function administrativePenalties(model: EnterpriseModel): AdministrativePenaltiesData {
  const locality = localityOf(model.enterprise.regionCode);
  const section = findIndustry(model.enterprise.industryCode)?.section.code;
  const authorities = AUTHORITIES.filter((authority) => authority.sections === undefined || (section !== undefined && authority.sections.includes(section)));
  const from = model.asOf - PENALTY_LOOKBACK_MONTHS + 1;
  const to = model.haltedFrom === null ? model.asOf : min(model.asOf, model.haltedFrom - 1);
  const penalties = yearlyEvents(model, NoiseStream.PENALTIES, model.events.penaltiesPerYear, from, to).map((event) => {
    const authority = authorities[floor(event.uniform(0) * authorities.length)];
    const reason = authority.reasons[floor(event.uniform(1) * authority.reasons.length)];
    const span = log(authority.maxYuan / authority.minYuan);
    const yuan = authority.minYuan * exp(span * event.uniform(2) ** 1.5);
    const sequence = 1 + floor(event.uniform(3) * 999);
    return {
      decisionNumber: `${locality.shortName}${authority.abbreviation}罚〔${event.year}〕${sequence}号`,
      authority: authority.name(locality),
      reason,
      amountFen: yuanFen(yuan * 100, authority.minYuan),
      decidedOn: event.date,
    };
  });
  return { penalties: penalties.reverse() };
}
