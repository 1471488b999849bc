import {
  beijingDay,
  buildSchedule,
  formatFen,
  formatRateBp,
  LOAN_FACILITY_TYPE_LABELS,
  LoanFacilityType,
  REPAYMENT_METHOD_LABELS,
  scheduleAprBp,
  type RepaymentMethod,
} from '@rongtong/shared';
import { sha256Hex } from './application-rules';

/** The approved terms and parties a contract is rendered from. */
export interface ContractTerms {
  applicationNumber: string;
  enterpriseName: string;
  uscc: string;
  institutionName: string;
  productName: string;
  purpose: string;
  amountFen: number;
  rateBp: number;
  termMonths: number;
  repaymentMethod: RepaymentMethod;
  facilityType: LoanFacilityType;
  approvedAt: Date;
}

export interface RenderedContract {
  text: string;
  /** SHA-256 (lowercase hex) of the text as UTF-8: what the applicant's signature confirms. */
  sha256: string;
}

function day(instant: Date): string {
  const [year, month, date] = beijingDay(instant).split('-');
  return `${year}年${month}月${date}日`;
}

/** The repayment clause: a term loan's whole schedule in figures from the money library, a credit line's rule per drawdown. */
function repaymentClause(terms: ContractTerms): string[] {
  const method = REPAYMENT_METHOD_LABELS[terms.repaymentMethod];
  if (terms.facilityType === LoanFacilityType.CREDIT_LINE) {
    return [
      `第四条 借款与还款：本合同为授信额度合同。借款人可在额度有效期（自签署之日起 ${terms.termMonths} 个月）内通过融通平台分笔申请借款，`,
      `各笔借款未还本金合计不超过授信额度，每笔借款期限不超过额度剩余有效期，按${method}方式还款，还款计划在每笔借款放款时按本合同利率计算并告知借款人。`,
    ];
  }
  const schedule = buildSchedule({ principalFen: terms.amountFen, annualRateBp: terms.rateBp, termMonths: terms.termMonths, method: terms.repaymentMethod });
  const first = schedule.instalments[0];
  return [
    `第四条 还款：借款人按${method}方式分 ${terms.termMonths} 期按月还款，自放款之日起每满一个月为一期的还款日。`,
    `按本合同利率计算，首期应还 ${formatFen(first?.paymentFen ?? 0)}，利息合计 ${formatFen(schedule.totalInterestFen)}，本息合计 ${formatFen(schedule.totalPaymentFen)}，`,
    `年化利率（APR）${formatRateBp(scheduleAprBp(terms.amountFen, schedule))}。具体以放款时生成的还款计划为准。`,
  ];
}

/**
 * The loan contract rendered from the approved terms. Plain text, deterministic (the same terms give the same text
 * and hash), no personal data of the signing person (the signature record holds who signed and how they were verified).
 */
export function renderContract(terms: ContractTerms): RenderedContract {
  const lines = [
    `借款合同（${LOAN_FACILITY_TYPE_LABELS[terms.facilityType]}）`,
    `合同编号：${terms.applicationNumber}`,
    '',
    `贷款人：${terms.institutionName}`,
    `借款人：${terms.enterpriseName}（统一社会信用代码 ${terms.uscc}）`,
    '',
    `借款人通过融通金融大数据服务平台申请“${terms.productName}”，经贷款人审批同意，双方订立本合同：`,
    `第一条 借款金额：人民币 ${formatFen(terms.amountFen)}${terms.facilityType === LoanFacilityType.CREDIT_LINE ? '（授信额度）' : ''}。`,
    `第二条 借款期限：${terms.termMonths} 个月，自放款之日起算。`,
    `第三条 借款利率：年利率 ${formatRateBp(terms.rateBp)}（单利，按月计息，月利率为年利率除以 12），在借款期限内不变。`,
    ...repaymentClause(terms),
    `第五条 借款用途：${terms.purpose}。借款人不得将借款用于国家禁止的领域，不得用于购买理财产品、股票或房地产投机。`,
    '第六条 提前还款：借款人可在任一还款日前申请提前部分或全部还款，已还本金之后各期的利息按剩余本金重新计算，不收取违约金。',
    '第七条 数据使用：贷款人仅在借款人授权的范围和期限内使用其政务数据，用于本笔贷款的审查和贷后管理。',
    '第八条 争议解决：因本合同发生的争议，双方协商解决；协商不成的，向贷款人所在地人民法院起诉。',
    '第九条 本合同经借款人在融通平台完成身份核验后电子签署生效，合同文本的 SHA-256 摘要由平台留存备查。',
    '',
    `批准日期：${day(terms.approvedAt)}`,
  ];
  const text = lines.join('\n');
  return { text, sha256: sha256Hex(text) };
}
