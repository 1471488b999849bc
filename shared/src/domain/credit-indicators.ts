/**
 * The five dimensions of the credit assessment (DESIGN §7) and their indicators: identifiers, the Chinese labels a
 * user sees, units, and the plain-language explanation templates behind reason codes. The formulas live with the
 * scorer (bff/src/scoring/indicators, documented in bff/src/scoring/INDICATORS.md); what is here is what the app and
 * the risk report show.
 */

import { isRegistrationStatus, REGISTRATION_STATUS_LABELS } from '../gov-exchange/payloads';

export enum CreditDimension {
  OPERATING = 'OPERATING',
  SOLVENCY = 'SOLVENCY',
  GROWTH = 'GROWTH',
  INDUSTRY = 'INDUSTRY',
  PUBLIC_RECORDS = 'PUBLIC_RECORDS',
}

export const CREDIT_DIMENSIONS: readonly CreditDimension[] = Object.values(CreditDimension);

export const CREDIT_DIMENSION_LABELS: Record<CreditDimension, string> = {
  [CreditDimension.OPERATING]: '营运能力',
  [CreditDimension.SOLVENCY]: '偿债能力',
  [CreditDimension.GROWTH]: '发展能力',
  [CreditDimension.INDUSTRY]: '行业展望',
  [CreditDimension.PUBLIC_RECORDS]: '公共记录',
};

/** What each dimension looks at, in plain words (shown beside the radar chart). */
export const CREDIT_DIMENSION_DESCRIPTIONS: Record<CreditDimension, string> = {
  [CreditDimension.OPERATING]: '经营规模与稳定性：营业收入、用电用水、参保人数、公积金缴存和经营年限',
  [CreditDimension.SOLVENCY]: '按时足额纳税和已知负债：纳税额、税收负担率、欠税和被强制执行的金额',
  [CreditDimension.GROWTH]: '近一年的变化：营业收入、纳税额、参保人数和用电量的增减',
  [CreditDimension.INDUSTRY]: '所在行业的风险等级和所在地区',
  [CreditDimension.PUBLIC_RECORDS]: '涉诉、被执行、失信被执行人、行政处罚、纳税信用等级和登记状态',
};

/** Every indicator, in the order of the scorer's feature vector. */
export const CREDIT_INDICATOR_IDS = [
  'revenue12mFen',
  'revenueLastYearFen',
  'revenueCv12m',
  'capitalTurnover',
  'revenuePerEmployeeFen',
  'electricity12mKwh',
  'water12mTonnes',
  'headcountNow',
  'housingFundCoverage',
  'ageYears',
  'scaleRank',
  'taxPaid12mFen',
  'taxToRevenue12m',
  'taxArrearsFen',
  'taxArrearsToRevenue',
  'knownLiabilitiesFen',
  'knownLiabilitiesToRevenue',
  'registeredCapitalFen',
  'revenueGrowth12m',
  'taxGrowth12m',
  'headcountChange12m',
  'headcountGrowth12m',
  'electricityGrowth12m',
  'industryRiskLevel',
  'industrySection',
  'regionCode',
  'casesAsDefendant5y',
  'casesPending',
  'defendantAmount5yFen',
  'enforcements5y',
  'enforcementsActive',
  'enforcementActiveAmountFen',
  'dishonestDebtor',
  'penalties3y',
  'penaltyAmount3yFen',
  'taxCreditRatingRank',
  'registrationAbnormal',
] as const;

export type CreditIndicatorId = (typeof CREDIT_INDICATOR_IDS)[number];

/** How a value is shown: money in fen, a ratio (shown as a percentage), a count, or a code with its own wording. */
export type CreditIndicatorUnit = 'FEN' | 'RATIO' | 'PEOPLE' | 'CASES' | 'KWH' | 'TONNES' | 'YEARS' | 'LEVEL' | 'FLAG' | 'TIMES' | 'CODE';

export interface CreditIndicatorText {
  dimension: CreditDimension;
  label: string;
  unit: CreditIndicatorUnit;
  /** Why it lowers the assessment, in plain words; `{value}` is the formatted value. */
  concern: string;
  /** Why it raises the assessment. */
  strength: string;
  /** What the enterprise could do (empty where nothing it does changes it, e.g. its industry). */
  improve: string;
}

const D = CreditDimension;

export const CREDIT_INDICATOR_TEXTS: Record<CreditIndicatorId, CreditIndicatorText> = {
  revenue12mFen: {
    dimension: D.OPERATING, label: '近12个月营业收入', unit: 'FEN',
    concern: '近12个月营业收入为{value}，经营规模较小', strength: '近12个月营业收入为{value}，经营规模较大',
    improve: '按时如实申报营业收入，保持经营规模稳定',
  },
  revenueLastYearFen: {
    dimension: D.OPERATING, label: '上一完整年度营业收入', unit: 'FEN',
    concern: '上一年度营业收入为{value}，规模较小', strength: '上一年度营业收入为{value}，规模较大',
    improve: '按时如实申报营业收入',
  },
  revenueCv12m: {
    dimension: D.OPERATING, label: '月度营业收入波动', unit: 'RATIO',
    concern: '各月营业收入起伏较大（波动系数{value}），经营稳定性较弱', strength: '各月营业收入平稳（波动系数{value}）',
    improve: '均衡安排生产经营，减少收入的大起大落',
  },
  capitalTurnover: {
    dimension: D.OPERATING, label: '注册资本周转率', unit: 'TIMES',
    concern: '近12个月营业收入仅为注册资本的{value}倍，资本利用效率较低', strength: '近12个月营业收入为注册资本的{value}倍，资本利用效率较高',
    improve: '提高资本利用效率，扩大有效经营',
  },
  revenuePerEmployeeFen: {
    dimension: D.OPERATING, label: '人均营业收入', unit: 'FEN',
    concern: '人均营业收入为{value}，劳动效率较低', strength: '人均营业收入为{value}，劳动效率较高',
    improve: '提升人均产出',
  },
  electricity12mKwh: {
    dimension: D.OPERATING, label: '近12个月用电量', unit: 'KWH',
    concern: '近12个月用电量为{value}，生产经营活动较少', strength: '近12个月用电量为{value}，生产经营活跃',
    improve: '',
  },
  water12mTonnes: {
    dimension: D.OPERATING, label: '近12个月用水量', unit: 'TONNES',
    concern: '近12个月用水量为{value}，生产经营活动较少', strength: '近12个月用水量为{value}，生产经营活跃',
    improve: '',
  },
  headcountNow: {
    dimension: D.OPERATING, label: '社保参保人数', unit: 'PEOPLE',
    concern: '目前社保参保{value}，用工规模较小', strength: '目前社保参保{value}，用工规模较大',
    improve: '依法为员工足额缴纳社会保险',
  },
  housingFundCoverage: {
    dimension: D.OPERATING, label: '公积金缴存覆盖率', unit: 'RATIO',
    concern: '为{value}的参保员工缴存公积金，用工规范程度较低', strength: '为{value}的参保员工缴存公积金，用工规范',
    improve: '依法为员工缴存住房公积金',
  },
  ageYears: {
    dimension: D.OPERATING, label: '成立年限', unit: 'YEARS',
    concern: '成立{value}，经营历史较短', strength: '成立{value}，经营历史较长',
    improve: '',
  },
  scaleRank: {
    dimension: D.OPERATING, label: '企业规模', unit: 'LEVEL',
    concern: '企业规模为{value}', strength: '企业规模为{value}',
    improve: '',
  },
  taxPaid12mFen: {
    dimension: D.SOLVENCY, label: '近12个月纳税额', unit: 'FEN',
    concern: '近12个月纳税{value}，纳税规模较小', strength: '近12个月纳税{value}，纳税规模较大',
    improve: '依法足额纳税',
  },
  taxToRevenue12m: {
    dimension: D.SOLVENCY, label: '税收负担率', unit: 'RATIO',
    concern: '纳税额占营业收入的{value}，低于同类企业的常见水平', strength: '纳税额占营业收入的{value}，纳税较为充分',
    improve: '依法如实申报、足额纳税',
  },
  taxArrearsFen: {
    dimension: D.SOLVENCY, label: '欠税金额', unit: 'FEN',
    concern: '目前欠缴税款{value}', strength: '没有欠缴税款',
    improve: '尽快缴清欠税',
  },
  taxArrearsToRevenue: {
    dimension: D.SOLVENCY, label: '欠税占营业收入比例', unit: 'RATIO',
    concern: '欠缴税款相当于近12个月营业收入的{value}', strength: '没有欠缴税款',
    improve: '尽快缴清欠税',
  },
  knownLiabilitiesFen: {
    dimension: D.SOLVENCY, label: '已知刚性负债', unit: 'FEN',
    concern: '欠税与被强制执行的金额合计{value}', strength: '没有欠税和被强制执行的金额',
    improve: '缴清欠税，履行生效法律文书确定的义务',
  },
  knownLiabilitiesToRevenue: {
    dimension: D.SOLVENCY, label: '已知刚性负债占营业收入比例', unit: 'RATIO',
    concern: '欠税与被强制执行的金额相当于近12个月营业收入的{value}', strength: '没有欠税和被强制执行的金额',
    improve: '缴清欠税，履行生效法律文书确定的义务',
  },
  registeredCapitalFen: {
    dimension: D.SOLVENCY, label: '注册资本', unit: 'FEN',
    concern: '注册资本为{value}，资本实力较弱', strength: '注册资本为{value}，资本实力较强',
    improve: '',
  },
  revenueGrowth12m: {
    dimension: D.GROWTH, label: '营业收入增长率', unit: 'RATIO',
    concern: '近12个月营业收入比上一个12个月变化{value}', strength: '近12个月营业收入比上一个12个月增长{value}',
    improve: '稳定并扩大经营收入',
  },
  taxGrowth12m: {
    dimension: D.GROWTH, label: '纳税额增长率', unit: 'RATIO',
    concern: '近12个月纳税额比上一个12个月变化{value}', strength: '近12个月纳税额比上一个12个月增长{value}',
    improve: '依法足额纳税',
  },
  headcountChange12m: {
    dimension: D.GROWTH, label: '参保人数变化', unit: 'PEOPLE',
    concern: '参保人数比12个月前变化{value}', strength: '参保人数比12个月前增加{value}',
    improve: '稳定用工队伍',
  },
  headcountGrowth12m: {
    dimension: D.GROWTH, label: '参保人数增长率', unit: 'RATIO',
    concern: '参保人数比12个月前变化{value}，用工在收缩', strength: '参保人数比12个月前增长{value}',
    improve: '稳定用工队伍',
  },
  electricityGrowth12m: {
    dimension: D.GROWTH, label: '用电量增长率', unit: 'RATIO',
    concern: '近12个月用电量比上一个12个月变化{value}，生产活动在减少', strength: '近12个月用电量比上一个12个月增长{value}',
    improve: '',
  },
  industryRiskLevel: {
    dimension: D.INDUSTRY, label: '行业风险等级', unit: 'LEVEL',
    concern: '所在行业的风险等级为{value}（1 最低，5 最高），行业整体风险偏高', strength: '所在行业的风险等级为{value}（1 最低，5 最高），行业整体风险较低',
    improve: '',
  },
  industrySection: {
    dimension: D.INDUSTRY, label: '行业门类', unit: 'CODE',
    concern: '所在行业门类：{value}', strength: '所在行业门类：{value}',
    improve: '',
  },
  regionCode: {
    dimension: D.INDUSTRY, label: '所在地区', unit: 'CODE',
    concern: '所在地区：{value}', strength: '所在地区：{value}',
    improve: '',
  },
  casesAsDefendant5y: {
    dimension: D.PUBLIC_RECORDS, label: '近5年作为被告的民事案件', unit: 'CASES',
    concern: '近5年作为被告涉及民事案件{value}', strength: '近5年没有作为被告的民事案件',
    improve: '依约履行合同，妥善化解纠纷',
  },
  casesPending: {
    dimension: D.PUBLIC_RECORDS, label: '未结民事案件', unit: 'CASES',
    concern: '目前有{value}未结民事案件', strength: '没有未结民事案件',
    improve: '妥善处理未结案件',
  },
  defendantAmount5yFen: {
    dimension: D.PUBLIC_RECORDS, label: '近5年被诉金额', unit: 'FEN',
    concern: '近5年作为被告被诉金额合计{value}', strength: '近5年没有被诉金额',
    improve: '依约履行合同，妥善化解纠纷',
  },
  enforcements5y: {
    dimension: D.PUBLIC_RECORDS, label: '近5年被强制执行', unit: 'CASES',
    concern: '近5年被强制执行{value}', strength: '近5年没有被强制执行记录',
    improve: '主动履行生效法律文书确定的义务',
  },
  enforcementsActive: {
    dimension: D.PUBLIC_RECORDS, label: '正在被强制执行', unit: 'CASES',
    concern: '目前有{value}正在被强制执行', strength: '目前没有正在执行的案件',
    improve: '尽快履行执行义务，结清执行案件',
  },
  enforcementActiveAmountFen: {
    dimension: D.PUBLIC_RECORDS, label: '正在被执行金额', unit: 'FEN',
    concern: '正在被强制执行的金额合计{value}', strength: '没有正在被执行的金额',
    improve: '尽快履行执行义务，结清执行案件',
  },
  dishonestDebtor: {
    dimension: D.PUBLIC_RECORDS, label: '失信被执行人', unit: 'FLAG',
    concern: '已被列入失信被执行人名单', strength: '未被列入失信被执行人名单',
    improve: '履行全部执行义务后申请移出失信被执行人名单',
  },
  penalties3y: {
    dimension: D.PUBLIC_RECORDS, label: '近3年行政处罚', unit: 'CASES',
    concern: '近3年受到行政处罚{value}', strength: '近3年没有行政处罚记录',
    improve: '依法合规经营，按期完成信用修复',
  },
  penaltyAmount3yFen: {
    dimension: D.PUBLIC_RECORDS, label: '近3年罚款金额', unit: 'FEN',
    concern: '近3年被罚款合计{value}', strength: '近3年没有被罚款',
    improve: '依法合规经营，按期完成信用修复',
  },
  taxCreditRatingRank: {
    dimension: D.PUBLIC_RECORDS, label: '纳税信用等级', unit: 'LEVEL',
    concern: '纳税信用等级为{value}', strength: '纳税信用等级为{value}',
    improve: '按时申报缴税，纳税信用等级会随之提升',
  },
  registrationAbnormal: {
    dimension: D.PUBLIC_RECORDS, label: '登记状态', unit: 'FLAG',
    concern: '登记状态为{value}，不在正常经营', strength: '登记状态为存续（在营）',
    improve: '',
  },
};

/** The indicators of one dimension, in vector order. */
export function creditIndicatorsOf(dimension: CreditDimension): CreditIndicatorId[] {
  return CREDIT_INDICATOR_IDS.filter((id) => CREDIT_INDICATOR_TEXTS[id].dimension === dimension);
}

/** Tax credit ratings by rank (1 best … 5 worst): A, B, M (new or without revenue), C, D. */
export const TAX_CREDIT_RATING_BY_RANK: readonly string[] = ['A', 'B', 'M', 'C', 'D'];

export const ENTERPRISE_SCALE_BY_RANK: readonly string[] = ['微型', '小型', '中型', '大型'];

const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const twoDigits = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** Money in fen as 元 or 万元, whole numbers grouped. */
function formatFen(fen: number): string {
  const yuan = fen / 100;
  return Math.abs(yuan) >= 10_000 ? `${twoDigits.format(yuan / 10_000)}万元` : `${integer.format(yuan)}元`;
}

/**
 * An indicator's value in plain Chinese for the report and the explanations; 暂无数据 when it is missing.
 * `detail` carries what a number alone does not say: the registration status behind `registrationAbnormal`, the
 * rating letter is derived from the rank.
 */
export function formatCreditIndicatorValue(id: CreditIndicatorId, value: number | string | null, detail?: string): string {
  if (value === null || (typeof value === 'number' && Number.isNaN(value))) return '暂无数据';
  if (typeof value === 'string') return value;
  switch (id) {
    case 'taxCreditRatingRank':
      return `${TAX_CREDIT_RATING_BY_RANK[value - 1] ?? '未知'}级`;
    case 'scaleRank':
      return ENTERPRISE_SCALE_BY_RANK[value - 1] ?? '未知';
    case 'registrationAbnormal':
      if (detail !== undefined) return isRegistrationStatus(detail) ? REGISTRATION_STATUS_LABELS[detail] : detail;
      return value === 1 ? '非在营' : REGISTRATION_STATUS_LABELS.IN_OPERATION;
    case 'industryRiskLevel':
      return `${value}级`;
    default:
      break;
  }
  const unit = CREDIT_INDICATOR_TEXTS[id].unit;
  switch (unit) {
    case 'FEN':
      return formatFen(value);
    case 'RATIO':
      return `${twoDigits.format(value * 100)}%`;
    case 'PEOPLE':
      return `${integer.format(value)}人`;
    case 'CASES':
      return `${integer.format(value)}件`;
    case 'KWH':
      return `${integer.format(value)}千瓦时`;
    case 'TONNES':
      return `${integer.format(value)}吨`;
    case 'YEARS':
      return `${twoDigits.format(value)}年`;
    case 'TIMES':
      return twoDigits.format(value);
    case 'LEVEL':
      return String(value);
    case 'FLAG':
      return value === 1 ? '是' : '否';
    case 'CODE':
      return String(value);
    default: {
      const unknown: never = unit;
      return String(unknown);
    }
  }
}

/** One explanation sentence: the concern or the strength template with the formatted value. */
export function explainCreditIndicator(id: CreditIndicatorId, value: number | string | null, hurts: boolean, detail?: string): string {
  const text = CREDIT_INDICATOR_TEXTS[id];
  return (hurts ? text.concern : text.strength).replace('{value}', formatCreditIndicatorValue(id, value, detail));
}
