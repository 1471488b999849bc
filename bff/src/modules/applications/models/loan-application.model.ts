import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  DataSource,
  EnterpriseScale,
  IdentityVerificationPath,
  LoanApplicationAction,
  LoanApplicationActor,
  LoanApplicationState,
  LoanFacilityType,
  LoanRejectReason,
  RepaymentMethod,
} from '@rongtong/shared';
import { Connection } from '../../../infra/graphql/pagination/connection';
import { FenScalar } from '../../../infra/graphql/scalars/fen.scalar';
import './application-enums';

@ObjectType('LoanDecision', { description: '机构的审批结论：批准的条件，或拒绝的原因' })
export class LoanDecisionModel {
  @Field(() => FenScalar, { nullable: true, description: '批准金额（分）' })
  approvedAmountFen: number | null;

  @Field(() => Int, { nullable: true, description: '批准年利率（基点，435 = 4.35%）' })
  rateBp: number | null;

  @Field(() => Int, { nullable: true, description: '批准期限（月）' })
  termMonths: number | null;

  @Field(() => RepaymentMethod, { nullable: true })
  repaymentMethod: RepaymentMethod | null;

  @Field(() => LoanFacilityType, { nullable: true })
  facilityType: LoanFacilityType | null;

  @Field(() => LoanRejectReason, { nullable: true })
  rejectReasonCode: LoanRejectReason | null;

  @Field(() => String, { nullable: true, description: '拒绝原因（列表中的说法）' })
  rejectReasonLabel: string | null;

  @Field(() => String, { nullable: true, description: '机构写给申请企业的说明' })
  rejectReasonText: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
}

@ObjectType('LoanContract', { description: '按批准条件生成的借款合同' })
export class LoanContractModel {
  @Field(() => String)
  text: string;

  @Field(() => String, { description: '合同全文（UTF-8）的 SHA-256；签署时须原样提交，证明签署的就是这份文本' })
  sha256: string;

  @Field(() => Date, { nullable: true })
  signedAt: Date | null;

  @Field(() => IdentityVerificationPath, { nullable: true, description: '签署前的身份核验方式' })
  signingVerificationPath: IdentityVerificationPath | null;
}

@ObjectType('LoanApplication', { description: '贷款申请' })
export class LoanApplicationModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: '申请编号，如 RT20261207000123' })
  number: string;

  @Field(() => LoanApplicationState)
  state: LoanApplicationState;

  @Field(() => Int, { description: '每次操作加一；界面据此判断是否已是最新' })
  version: number;

  @Field(() => ID)
  productId: string;

  @Field(() => String)
  productName: string;

  @Field(() => ID, { description: '审批机构（申请产品所属的金融机构）' })
  institutionId: string;

  @Field(() => String)
  institutionName: string;

  @Field(() => ID)
  enterpriseId: string;

  @Field(() => String)
  enterpriseName: string;

  @Field(() => String, { description: '统一社会信用代码' })
  uscc: string;

  @Field(() => String, { nullable: true, description: '注册地区代码（来自企业登记信息）' })
  regionCode: string | null;

  @Field(() => String, { nullable: true, description: '行业代码（来自企业登记信息）' })
  industryCode: string | null;

  @Field(() => EnterpriseScale, { nullable: true })
  scale: EnterpriseScale | null;

  @Field(() => String, { nullable: true, description: '成立日期 YYYY-MM-DD' })
  establishedOn: string | null;

  @Field(() => FenScalar, { nullable: true })
  registeredCapitalFen: number | null;

  @Field(() => String, { nullable: true, description: '企业登记信息的数据日期；为空表示尚无经授权的登记信息' })
  registerAsOf: string | null;

  @Field(() => String, { description: '申请人姓名（申请企业和审批机构可见）' })
  applicantName: string;

  @Field(() => String, { nullable: true, description: '申请人身份证号（已脱敏）' })
  applicantResidentIdMasked: string | null;

  @Field(() => FenScalar, { nullable: true, description: '申请金额（分）' })
  amountFen: number | null;

  @Field(() => Int, { nullable: true, description: '申请期限（月）' })
  termMonths: number | null;

  @Field(() => String, { nullable: true, description: '借款用途' })
  purpose: string | null;

  @Field(() => RepaymentMethod, { nullable: true, description: '期望的还款方式' })
  preferredRepaymentMethod: RepaymentMethod | null;

  @Field(() => IdentityVerificationPath, { nullable: true, description: '申请人选择的身份核验方式' })
  verificationPath: IdentityVerificationPath | null;

  @Field(() => Date, { nullable: true, description: '提交时所依据的身份核验完成时间' })
  verifiedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '提交时所依据的数据授权' })
  consentId: string | null;

  @Field(() => ID, { nullable: true, description: '审批所依据的信用评分快照' })
  creditScoreSnapshotId: string | null;

  @Field(() => LoanDecisionModel, { nullable: true })
  decision: LoanDecisionModel | null;

  @Field(() => LoanContractModel, { nullable: true })
  contract: LoanContractModel | null;

  @Field(() => [LoanApplicationAction], { description: '当前用户现在可以进行的操作' })
  allowedActions: LoanApplicationAction[];

  @Field(() => LoanApplicationActor, { description: '当前用户在该申请中的身份' })
  viewerSide: LoanApplicationActor;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { description: '最近一次操作的时间' })
  lastActionAt: Date;

  @Field(() => Date, { nullable: true, description: '已提交或已受理的申请若无人处理，将于此时失效' })
  expiresAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('LoanApplicationConnection')
export class LoanApplicationConnection extends Connection(LoanApplicationModel, 'LoanApplication') {}

@ObjectType('ApplicationEvent', { description: '申请进度时间线上的一步' })
export class ApplicationEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  seq: number;

  @Field(() => LoanApplicationAction)
  action: LoanApplicationAction;

  @Field(() => LoanApplicationState, { nullable: true })
  fromState: LoanApplicationState | null;

  @Field(() => LoanApplicationState)
  toState: LoanApplicationState;

  @Field(() => LoanApplicationActor)
  actorKind: LoanApplicationActor;

  @Field(() => String)
  note: string;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('ApplicationMaterial', { description: '申请材料：上传的文件，或已由政务数据替代的材料' })
export class ApplicationMaterialModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: '材料名称，取自产品的所需材料' })
  materialName: string;

  @Field(() => ID, { nullable: true })
  fileId: string | null;

  @Field(() => String, { nullable: true })
  fileName: string | null;

  @Field(() => String, { nullable: true })
  mimeType: string | null;

  @Field(() => Int, { nullable: true })
  sizeBytes: number | null;

  @Field(() => String, { nullable: true, description: '文件内容的 SHA-256' })
  sha256: string | null;

  @Field(() => DataSource, { nullable: true, description: '替代该材料的政务数据' })
  replacedBySource: DataSource | null;

  @Field(() => String, { nullable: true, description: '下载地址（仅申请企业和审批机构可下载）' })
  downloadUrl: string | null;

  @Field(() => Date)
  createdAt: Date;
}
