import { createHash } from 'node:crypto';
import type { QueryRunner } from 'typeorm';

/**
 * The first published version of the data authorisation agreements (数据授权协议), one per consent purpose. A
 * published text never changes: the SHA-256 of these exact strings is what a consent records and what the app
 * proves it showed. A revision is a new version in a new migration.
 */
export interface AgreementSeed {
  purpose: 'LOAN_APPLICATION' | 'CREDIT_ASSESSMENT' | 'POLICY_MATCHING';
  version: string;
  title: string;
  text: string;
  publishedAt: string;
}

export const AGREEMENT_VERSION_2026_1 = '2026.1';
const PUBLISHED_AT = '2026-11-01 00:00:00.000';

const SOURCES_CLAUSE =
  '可供勾选的数据项及其内容为：市场主体登记信息（企业名称、类型、法定代表人、注册地区、所属行业、注册资本、成立日期、经营状态）；' +
  '纳税信息（年度及按月的营业收入、纳税额、欠税情况、纳税信用等级）；社保缴纳信息（按月参保人数）；公积金缴存信息（按月缴存人数）；' +
  '水电用量信息（按月用电量和用水量）；司法涉诉信息（涉诉案件、被执行记录、是否为失信被执行人）；行政处罚信息（决定机关、事由、金额和日期）。' +
  '未勾选的数据项，本平台不会调取。';

const REVOKE_CLAUSE =
  '授权企业可随时在融通小程序“我的—数据授权”中撤销本授权，无需说明理由。撤销立即生效：本平台即刻停止依据本授权调取数据，' +
  '已调取的数据不再向本授权的接收方展示。撤销不影响撤销前基于本授权已经进行的处理活动的效力。';

const RECORD_CLAUSE =
  '依据本授权进行的每一次调取和每一次查看，以及本授权的签署和撤销，均记入“数据使用记录”。授权企业可随时在“我的—数据授权—数据使用记录”中查看' +
  '数据由谁使用、在何时、为何目的、依据哪一项授权、涉及哪一类数据。';

const RIGHTS_CLAUSE =
  '数据中可能包含法定代表人姓名等个人信息。依据《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》等法律法规，授权企业及相关个人享有知情权、' +
  '决定权，有权查阅、复制、更正、补充所涉信息，有权撤回同意、要求删除，有权要求本平台对处理规则作出解释说明。认为数据有误或被不当使用的，' +
  '可通过本平台“客服中心”提出异议或投诉，本平台在十五个工作日内核实并答复；也可以向网信部门、地方金融管理部门等有关部门投诉、举报。';

const SECURITY_CLAUSE =
  '本平台按照网络安全等级保护第三级的要求管理数据，采用国家商用密码算法对数据加密传输和加密存储；能够接触数据的人员均经授权，' +
  '其每一次访问都留有不可篡改的审计记录。';

const SIGNATORY_CLAUSE =
  '签署人确认其为授权企业的法定代表人，或经法定代表人许可代表授权企业作出本授权的经办人。本协议以签署时展示的版本为准，' +
  '其文本的SHA-256摘要随授权记录保存，供授权企业、接收方和监管部门核验。';

function numbered(sections: ReadonlyArray<readonly [string, string]>): string {
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  return sections.map(([heading, body], index) => `${numerals[index]}、${heading}\n${body}`).join('\n\n');
}

function agreement(title: string, preamble: string, sections: ReadonlyArray<readonly [string, string]>): string {
  return `${title}\n\n版本：${AGREEMENT_VERSION_2026_1}\n\n${preamble}\n\n${numbered(sections)}\n`;
}

const PREAMBLE =
  '本协议由企业（以下简称“授权企业”）通过其法定代表人或经许可的经办人，与融通金融大数据服务平台（以下简称“本平台”）在线签署。' +
  '请在授权前完整阅读本协议。点击“同意并授权”即表示授权企业同意本平台按本协议约定调取和使用其政务数据。';

const LOAN_TITLE = '融通平台政务数据授权协议（贷款申请）';
const LOAN_TEXT = agreement(LOAN_TITLE, PREAMBLE, [
  ['授权的数据范围', `授权企业同意本平台通过省政务数据共享交换平台，调取授权页面中由签署人勾选的数据项。${SOURCES_CLAUSE}`],
  [
    '使用目的',
    '上述数据仅用于授权企业向授权页面所列金融机构申请贷款的受理、审查、审批和贷后管理中与该笔申请直接相关的核查；' +
      '授权时指定了具体贷款产品的，限于该产品的申请。数据不用于营销推广，不用于与该笔申请无关的其他目的；超出上述目的使用，须另行取得授权企业同意。',
  ],
  [
    '数据的接收方',
    '数据由本平台调取并加密保存。接收方为授权页面所列的本平台或一家金融机构：接收方为本平台的，本平台仅用于协助授权企业准备和核对贷款申请材料；' +
      '接收方为金融机构的，该机构只能在本平台内查看与该笔申请相关的数据，不得向任何第三方转让或提供。本平台不向授权页面未列明的任何机构提供数据。',
  ],
  [
    '授权期限与数据保存',
    '本授权自签署时起生效，至授权页面所示的到期时间止，最长不超过一年。到期或撤销后，本平台不再调取数据；' +
      '已调取的数据在法律法规和金融监管规定要求的保存期限届满后删除或作匿名化处理。',
  ],
  ['撤销授权', `${REVOKE_CLAUSE}撤销后，尚在办理的贷款申请可能因缺少必要信息而无法继续。`],
  ['数据使用记录', RECORD_CLAUSE],
  ['授权企业及相关个人的权利', RIGHTS_CLAUSE],
  ['安全保障', SECURITY_CLAUSE],
  ['其他', SIGNATORY_CLAUSE],
]);

const CREDIT_TITLE = '融通平台政务数据授权协议（信用评估）';
const CREDIT_TEXT = agreement(CREDIT_TITLE, PREAMBLE, [
  ['授权的数据范围', `授权企业同意本平台通过省政务数据共享交换平台，调取授权页面中由签署人勾选的数据项。${SOURCES_CLAUSE}`],
  [
    '使用目的',
    '上述数据仅用于生成授权企业的信用评估结果，包括信用评分、信用等级、各维度得分和主要影响因素，供授权企业了解自身融资条件，' +
      '并在接收方为金融机构时供其评估授信可能。评估结果由模型自动生成，不是贷款审批结论，金融机构仍须自行审查后作出授信决定。',
  ],
  [
    '数据的接收方',
    '接收方为授权页面所列的本平台或一家金融机构。接收方为本平台的，评估结果仅向授权企业展示；接收方为金融机构的，' +
      '该机构可在本平台内查看评估结果及其依据的数据，不得向第三方转让或提供。',
  ],
  [
    '授权期限与数据保存',
    '本授权自签署时起生效，至授权页面所示的到期时间止，最长不超过一年；在此期间本平台可定期更新数据和评估结果。到期或撤销后，' +
      '本平台不再调取数据，已调取的数据和评估结果在法定保存期限届满后删除或作匿名化处理。',
  ],
  [
    '自动化评估的说明与人工复核',
    '授权企业有权要求本平台说明评估结果的主要依据和影响因素；有异议的，可以申请人工复核，' +
      '本平台在十五个工作日内答复。授权企业有权拒绝仅通过自动化评估作出的对其权益有重大影响的决定。',
  ],
  ['撤销授权', REVOKE_CLAUSE],
  ['数据使用记录', RECORD_CLAUSE],
  ['授权企业及相关个人的权利', RIGHTS_CLAUSE],
  ['安全保障与其他', `${SECURITY_CLAUSE}${SIGNATORY_CLAUSE}`],
]);

const POLICY_TITLE = '融通平台政务数据授权协议（政策匹配）';
const POLICY_TEXT = agreement(POLICY_TITLE, PREAMBLE, [
  ['授权的数据范围', `授权企业同意本平台通过省政务数据共享交换平台，调取授权页面中由签署人勾选的数据项。${SOURCES_CLAUSE}`],
  [
    '使用目的',
    '上述数据仅用于完善授权企业在本平台的企业画像（注册地区、所属行业、企业规模、企业类型、成立年限等），' +
      '据此为授权企业匹配适用的惠企政策、推送政策消息，并在授权企业使用“智能推荐”时作为筛选条件。企业规模依照国家统计局发布的中小微企业划型标准，' +
      '由从业人员数和营业收入计算得出。数据不用于营销推广，不向金融机构提供。',
  ],
  [
    '数据的接收方',
    '接收方为本平台。本平台仅在上述目的范围内使用数据，不向任何金融机构或其他第三方提供；授权企业如需向金融机构提供数据，' +
      '应另行签署以贷款申请或信用评估为目的、列明该机构的授权。',
  ],
  [
    '授权期限与数据保存',
    '本授权自签署时起生效，至授权页面所示的到期时间止，最长不超过一年；在此期间本平台可定期更新企业画像。到期或撤销后，' +
      '本平台不再调取数据，企业画像中来自政务数据的字段不再更新，相关数据在法律法规要求的保存期限届满后删除或作匿名化处理。',
  ],
  ['撤销授权', `${REVOKE_CLAUSE}撤销后，政策推送将仅依据授权企业自行填写的信息进行。`],
  ['数据使用记录', RECORD_CLAUSE],
  ['授权企业及相关个人的权利', RIGHTS_CLAUSE],
  ['安全保障', SECURITY_CLAUSE],
  ['其他', SIGNATORY_CLAUSE],
]);

export const AGREEMENTS_2026_1: readonly AgreementSeed[] = [
  { purpose: 'LOAN_APPLICATION', version: AGREEMENT_VERSION_2026_1, title: LOAN_TITLE, text: LOAN_TEXT, publishedAt: PUBLISHED_AT },
  { purpose: 'CREDIT_ASSESSMENT', version: AGREEMENT_VERSION_2026_1, title: CREDIT_TITLE, text: CREDIT_TEXT, publishedAt: PUBLISHED_AT },
  { purpose: 'POLICY_MATCHING', version: AGREEMENT_VERSION_2026_1, title: POLICY_TITLE, text: POLICY_TEXT, publishedAt: PUBLISHED_AT },
];

export function agreementSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Inserts the agreements of this version; both dialects take the same statement. */
export async function insertAgreements(queryRunner: QueryRunner, agreements: readonly AgreementSeed[]): Promise<void> {
  for (const seed of agreements) {
    await queryRunner.query(
      'INSERT INTO consent_agreements (id, purpose, version, title, text, sha256, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [`${seed.purpose}:${seed.version}`, seed.purpose, seed.version, seed.title, seed.text, agreementSha256(seed.text), seed.publishedAt],
    );
  }
}
