import { applyDecorators, type Type as ClassType } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  CounterVerificationPurpose,
  IdentityVerificationPath,
  LoanApplicationState,
  LoanFacilityType,
  LoanRejectReason,
  RepaymentKind,
  RepaymentMethod,
} from '@rongtong/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LiveEventsArgs } from '../../../core-modules/events/dto/live-events.args';
import { UUID_PATTERN } from '../../../infra/database/deterministic-id';
import { PageArgs } from '../../../infra/graphql/pagination/page.args';
import { FenScalar } from '../../../infra/graphql/scalars/fen.scalar';
import '../models/application-enums';

/** Client idempotency keys: what a UUID or a nanoid looks like, nothing longer (as for data consents). */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
const KEY_MESSAGE = '请求编号应为 16–64 位字母、数字、下划线或连字符';
const AMOUNT_MESSAGE = '金额应为大于 0 的整数（单位：分）';
const TERM_MESSAGE = '期限应为 1 到 360 之间的整月数';
const PURPOSE_MESSAGE = '借款用途最多 500 个字';
const BANK_REFERENCE = /^[A-Za-z0-9_-]{4,64}$/;
const BANK_REFERENCE_MESSAGE = '银行流水号应为 4–64 位字母、数字、下划线或连字符';
const FILTER_AMOUNT_MESSAGE = '金额应为不小于 0 的整数（单位：分）';
const INSTANT_MESSAGE = '时间格式不正确，例如 2026-12-01T00:00:00.000Z';

interface FieldOptions {
  nullable?: boolean;
  description?: string;
}

/** `@IsOptional()` for a nullable field, nothing for a required one. */
function optionalIf(nullable: boolean | undefined): PropertyDecorator[] {
  return nullable ? [IsOptional()] : [];
}

/** An amount in fen, greater than 0. */
function AmountFen(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => FenScalar, options),
    ...optionalIf(options.nullable),
    IsInt({ message: AMOUNT_MESSAGE }),
    Min(1, { message: AMOUNT_MESSAGE }),
  );
}

/** A term in whole months, 1–360. */
function TermMonths(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, options),
    ...optionalIf(options.nullable),
    IsInt({ message: TERM_MESSAGE }),
    Min(1, { message: TERM_MESSAGE }),
    Max(360, { message: TERM_MESSAGE }),
  );
}

/** The id (UUID) of a record; `what` names it in the message (申请, 借款 …). */
function RecordId(what: string, options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(Field(() => ID, options), ...optionalIf(options.nullable), Matches(UUID_PATTERN, { message: `${what}编号格式不正确` }));
}

/** The client's idempotency key of a request that creates something. */
function IdempotencyKey(description?: string): PropertyDecorator {
  return applyDecorators(Field(() => String, { description }), Matches(IDEMPOTENCY_KEY_PATTERN, { message: KEY_MESSAGE }));
}

function BankReference(description: string): PropertyDecorator {
  return applyDecorators(Field(() => String, { description }), Matches(BANK_REFERENCE, { message: BANK_REFERENCE_MESSAGE }));
}

/** Arguments `(input: <type>!)`, the input validated as a nested object (field paths `input.…`). */
function InputArgs<T>(type: ClassType<T>): ClassType<{ input: T }> {
  @ArgsType()
  class Args {
    @Field(() => type)
    @ValidateNested()
    @Type(() => type)
    input: T;
  }
  return Args;
}

/** The fields of the application form, each optional: a wizard saves what a step filled in. */
@InputType('LoanApplicationFormInput', { description: '申请表单：草稿中可只填部分，提交时须填齐金额、期限和用途' })
export class LoanApplicationFormInput {
  @AmountFen({ nullable: true, description: '申请金额（分），须在产品额度范围内' })
  amountFen?: number | null;

  @TermMonths({ nullable: true, description: '申请期限（月），须在产品期限范围内' })
  termMonths?: number | null;

  @Field(() => String, { nullable: true, description: '借款用途（2–500 字）' })
  @IsOptional()
  @IsString({ message: PURPOSE_MESSAGE })
  @MaxLength(500, { message: PURPOSE_MESSAGE })
  purpose?: string | null;

  @Field(() => RepaymentMethod, { nullable: true, description: '期望的还款方式，须为产品支持的方式' })
  @IsOptional()
  @IsEnum(RepaymentMethod, { message: '还款方式不存在' })
  preferredRepaymentMethod?: RepaymentMethod | null;

  @Field(() => IdentityVerificationPath, { nullable: true, description: '身份核验方式：人脸核验，或到机构柜台线下核验' })
  @IsOptional()
  @IsEnum(IdentityVerificationPath, { message: '身份核验方式不存在' })
  verificationPath?: IdentityVerificationPath | null;
}

@InputType('CreateLoanApplicationInput', { description: '新建申请草稿：企业信息由登记信息预填' })
export class CreateLoanApplicationInput extends LoanApplicationFormInput {
  @RecordId('产品')
  productId: string;

  @IdempotencyKey('客户端生成的请求编号（16–64 位），重试时保持不变')
  idempotencyKey: string;
}

@ArgsType()
export class CreateLoanApplicationArgs extends InputArgs(CreateLoanApplicationInput) {}

@ArgsType()
export class ApplicationIdArgs {
  @RecordId('申请')
  id: string;
}

@ArgsType()
export class UpdateLoanApplicationDraftArgs extends ApplicationIdArgs {
  @Field(() => LoanApplicationFormInput)
  @ValidateNested()
  @Type(() => LoanApplicationFormInput)
  input: LoanApplicationFormInput;
}

@InputType('SubmitLoanApplicationInput')
export class SubmitLoanApplicationInput {
  @RecordId('申请')
  applicationId: string;

  @IdempotencyKey('客户端生成的请求编号（16–64 位）；重试同一次提交时保持不变，重试返回首次结果')
  idempotencyKey: string;
}

@ArgsType()
export class SubmitLoanApplicationArgs extends InputArgs(SubmitLoanApplicationInput) {}

@InputType('AttachApplicationMaterialInput')
export class AttachApplicationMaterialInput {
  @RecordId('申请')
  applicationId: string;

  @Field(() => String, { description: '材料名称，须为产品所需材料之一' })
  @IsString({ message: '请选择材料名称' })
  @MaxLength(64, { message: '材料名称最多 64 个字' })
  materialName: string;

  @RecordId('文件', { description: '通过 POST /api/files?purpose=LOAN_MATERIAL 上传所得的文件编号' })
  fileId: string;
}

@ArgsType()
export class AttachApplicationMaterialArgs extends InputArgs(AttachApplicationMaterialInput) {}

@ArgsType()
export class RemoveApplicationMaterialArgs {
  @RecordId('材料')
  materialId: string;
}

@InputType('SignLoanContractInput')
export class SignLoanContractInput {
  @RecordId('申请')
  applicationId: string;

  @Field(() => String, { description: '向申请人展示的合同全文的 SHA-256（64 位小写十六进制）' })
  @Matches(/^[0-9a-f]{64}$/, { message: '合同摘要应为 64 位小写十六进制的 SHA-256，请重新打开合同阅读后再签署' })
  contractSha256: string;

  @Field(() => IdentityVerificationPath, { description: '签署前的身份核验方式' })
  @IsEnum(IdentityVerificationPath, { message: '身份核验方式不存在' })
  verificationPath: IdentityVerificationPath;
}

@ArgsType()
export class SignLoanContractArgs extends InputArgs(SignLoanContractInput) {}

@InputType('ApproveLoanApplicationInput', { description: '批准条件：须在产品的额度、利率、期限和还款方式范围内' })
export class ApproveLoanApplicationInput {
  @AmountFen({ description: '批准金额（分），不超过申请金额' })
  approvedAmountFen: number;

  @Field(() => Int, { description: '年利率（基点，435 = 4.35%）' })
  @IsInt({ message: '年利率应为 0 到 2400 之间的基点数' })
  @Min(0, { message: '年利率应为 0 到 2400 之间的基点数' })
  @Max(2400, { message: '年利率应为 0 到 2400 之间的基点数' })
  rateBp: number;

  @TermMonths()
  termMonths: number;

  @Field(() => RepaymentMethod)
  @IsEnum(RepaymentMethod, { message: '还款方式不存在' })
  repaymentMethod: RepaymentMethod;

  @Field(() => LoanFacilityType, { nullable: true, description: '授信方式；不填为单笔贷款' })
  @IsOptional()
  @IsEnum(LoanFacilityType, { message: '授信方式不存在' })
  facilityType?: LoanFacilityType | null;
}

@ArgsType()
export class ApproveLoanApplicationArgs extends ApplicationIdArgs {
  @Field(() => ApproveLoanApplicationInput)
  @ValidateNested()
  @Type(() => ApproveLoanApplicationInput)
  input: ApproveLoanApplicationInput;
}

@InputType('RejectLoanApplicationInput')
export class RejectLoanApplicationInput {
  @Field(() => LoanRejectReason)
  @IsEnum(LoanRejectReason, { message: '拒绝原因不存在' })
  reasonCode: LoanRejectReason;

  @Field(() => String, { description: '写给申请企业的说明（2–500 字）' })
  @IsString({ message: '请填写拒绝说明' })
  @MaxLength(500, { message: '拒绝说明最多 500 个字' })
  reasonText: string;
}

@ArgsType()
export class RejectLoanApplicationArgs extends ApplicationIdArgs {
  @Field(() => RejectLoanApplicationInput)
  @ValidateNested()
  @Type(() => RejectLoanApplicationInput)
  input: RejectLoanApplicationInput;
}

@InputType('RecordCounterVerificationInput', { description: '线下核验：机构工作人员在柜台查验申请人身份证原件后登记' })
export class RecordCounterVerificationInput {
  @Field(() => String, { description: '申请人出示的申请编号' })
  @Matches(/^RT\d{14}$/, { message: '申请编号应为 RT 加 14 位数字' })
  applicationNumber: string;

  @Field(() => String, { description: '身份证原件上的公民身份号码，须与申请人实名信息一致' })
  @Matches(/^\d{17}[\dXx]$/, { message: '身份证号应为 18 位' })
  residentId: string;

  @Field(() => CounterVerificationPurpose)
  @IsEnum(CounterVerificationPurpose, { message: '核验用途不存在' })
  purpose: CounterVerificationPurpose;

  @Field(() => String, { nullable: true, description: '备注（最多 200 字）' })
  @IsOptional()
  @IsString({ message: '备注最多 200 个字' })
  @MaxLength(200, { message: '备注最多 200 个字' })
  note?: string | null;
}

@ArgsType()
export class RecordCounterVerificationArgs extends InputArgs(RecordCounterVerificationInput) {}

@InputType('RequestLoanDrawdownInput', { description: '授信额度内申请一笔借款' })
export class RequestLoanDrawdownInput {
  @RecordId('申请')
  applicationId: string;

  @AmountFen()
  amountFen: number;

  @TermMonths()
  termMonths: number;

  @IdempotencyKey()
  idempotencyKey: string;
}

@ArgsType()
export class RequestLoanDrawdownArgs extends InputArgs(RequestLoanDrawdownInput) {}

@InputType('RecordLoanDisbursementInput', { description: '机构录入放款：确认企业申请的一笔借款，或直接录入（单笔贷款为批准的全部金额）' })
export class RecordLoanDisbursementInput {
  @RecordId('申请')
  applicationId: string;

  @RecordId('借款', { nullable: true, description: '确认企业申请的那笔借款；不填则直接录入一笔' })
  drawdownId?: string | null;

  @AmountFen({ nullable: true, description: '直接录入授信额度内的一笔借款时的金额（分）' })
  amountFen?: number | null;

  @TermMonths({ nullable: true, description: '直接录入授信额度内的一笔借款时的期限（月）' })
  termMonths?: number | null;

  @BankReference('银行放款流水号')
  bankReference: string;
}

@ArgsType()
export class RecordLoanDisbursementArgs extends InputArgs(RecordLoanDisbursementInput) {}

@InputType('RequestLoanRepaymentInput', { description: '企业申请还款：按期或提前，金额由平台按还款计划计算' })
export class RequestLoanRepaymentInput {
  @RecordId('申请')
  applicationId: string;

  @RecordId('借款')
  drawdownId: string;

  @Field(() => RepaymentKind)
  @IsEnum(RepaymentKind, { message: '还款方式不存在' })
  kind: RepaymentKind;

  @AmountFen({ nullable: true, description: '提前部分还款时归还的本金（分）' })
  principalFen?: number | null;

  @IdempotencyKey()
  idempotencyKey: string;
}

@ArgsType()
export class RequestLoanRepaymentArgs extends InputArgs(RequestLoanRepaymentInput) {}

@InputType('RecordLoanRepaymentInput', { description: '机构录入还款：确认企业申请的一笔还款，或直接录入' })
export class RecordLoanRepaymentInput {
  @RecordId('申请')
  applicationId: string;

  @RecordId('还款', { nullable: true, description: '确认企业申请的那笔还款；不填则按下列字段直接录入' })
  repaymentId?: string | null;

  @RecordId('借款', { nullable: true })
  drawdownId?: string | null;

  @Field(() => RepaymentKind, { nullable: true })
  @IsOptional()
  @IsEnum(RepaymentKind, { message: '还款方式不存在' })
  kind?: RepaymentKind | null;

  @AmountFen({ nullable: true })
  principalFen?: number | null;

  @BankReference('银行还款流水号')
  bankReference: string;
}

@ArgsType()
export class RecordLoanRepaymentArgs extends InputArgs(RecordLoanRepaymentInput) {}

@ArgsType()
export class LoanRepaymentQuoteArgs {
  @RecordId('申请')
  applicationId: string;

  @RecordId('借款')
  drawdownId: string;

  @Field(() => RepaymentKind)
  @IsEnum(RepaymentKind, { message: '还款方式不存在' })
  kind: RepaymentKind;

  @AmountFen({ nullable: true })
  principalFen?: number | null;
}

/** A list of application states to filter on (at most every state, each once). */
function StatesFilter(description?: string): PropertyDecorator {
  return applyDecorators(
    Field(() => [LoanApplicationState], { nullable: true, description }),
    IsOptional(),
    IsArray({ message: '状态筛选应为列表' }),
    ArrayMaxSize(11, { message: '状态最多 11 项' }),
    ArrayUnique({ message: '状态不能重复' }),
    IsEnum(LoanApplicationState, { each: true, message: '申请状态不存在' }),
  );
}

/** An optional amount bound of a filter (0 allowed). */
function FilterAmount(): PropertyDecorator {
  return applyDecorators(Field(() => FenScalar, { nullable: true }), IsOptional(), IsInt({ message: FILTER_AMOUNT_MESSAGE }), Min(0, { message: FILTER_AMOUNT_MESSAGE }));
}

/** An optional ISO 8601 instant of a filter. */
function FilterInstant(description: string): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    MaxLength(40, { message: INSTANT_MESSAGE }),
    IsISO8601({ strict: true }, { message: INSTANT_MESSAGE }),
  );
}

@ArgsType()
export class MyLoanApplicationsArgs extends PageArgs {
  @StatesFilter('按状态筛选；不填为全部')
  states?: LoanApplicationState[] | null;
}

@InputType('InstitutionLoanApplicationFilter', { description: '机构申请队列的筛选条件' })
export class InstitutionLoanApplicationFilter {
  @StatesFilter()
  states?: LoanApplicationState[] | null;

  @RecordId('产品', { nullable: true })
  productId?: string | null;

  @FilterInstant('提交时间不早于（ISO 8601）')
  submittedFrom?: string | null;

  @FilterInstant('提交时间早于（ISO 8601）')
  submittedTo?: string | null;

  @FilterAmount()
  minAmountFen?: number | null;

  @FilterAmount()
  maxAmountFen?: number | null;
}

@ArgsType()
export class InstitutionLoanApplicationsArgs extends PageArgs {
  @Field(() => InstitutionLoanApplicationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InstitutionLoanApplicationFilter)
  filter?: InstitutionLoanApplicationFilter | null;
}

@ArgsType()
export class LoanApplicationEventsArgs extends LiveEventsArgs {
  @RecordId('申请', { nullable: true, description: '只推送这份申请的进度；不填为我方可见的全部申请' })
  applicationId?: string | null;
}
