import { Injectable } from '@nestjs/common';
import {
  COUNTER_VERIFICATION_PURPOSE_LABELS,
  CounterVerificationPurpose,
  formatAmountCompact,
  formatRateBp,
  LOAN_FACILITY_TYPE_LABELS,
  LOAN_REJECT_REASON_LABELS,
  LoanApplicationAction,
  LoanFacilityType,
  LoanApplicationState,
  REPAYMENT_METHOD_LABELS,
} from '@rongtong/shared';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { Clock } from '../../infra/clock/clock';
import { FieldCipher } from '../../infra/crypto/field-cipher';
import { timeOrderedUuid } from '../../infra/database/time-ordered-id';
import { InstitutionsService } from '../institutions/institutions.service';
import { ProductRecords } from '../products/product-records';
import { ApplicationAccess } from './application-access';
import { approvalErrors, rejectionErrors } from './application-rules';
import { ApplicationTransitions } from './application-transitions';
import { ApplicationViews } from './application-views.service';
import { ApplicationException } from './application.exception';
import { productTerms } from './application.mapper';
import { ApplicationsRepository } from './applications.repository';
import { renderContract } from './contract-template';
import type { ApproveLoanApplicationInput, RecordCounterVerificationInput, RejectLoanApplicationInput } from './dto/application.inputs';
import { LOAN_APPLICATION_FIELDS, type LoanApplicationRow } from './loan-application.entity';
import type { CounterVerificationModel } from './models/loan-ledger.model';
import type { LoanApplicationModel } from './models/loan-application.model';

/** The state a counter verification of each purpose is recorded in. */
const COUNTER_STATES: Record<CounterVerificationPurpose, LoanApplicationState> = {
  [CounterVerificationPurpose.SUBMISSION]: LoanApplicationState.DRAFT,
  [CounterVerificationPurpose.SIGNING]: LoanApplicationState.APPROVED,
};

/**
 * The deciding institution's side: accept, approve (within the product's ranges; the contract is rendered from the
 * approved terms and its SHA-256 stored), reject (a reason from the list and a text), and the counter verification
 * (线下核验) of the applicant's identity. Only reviewers of the product's institution act; anyone else is FORBIDDEN.
 */
@Injectable()
export class ApplicationDecisionsService {
  constructor(
    private readonly repository: ApplicationsRepository,
    private readonly access: ApplicationAccess,
    private readonly transitions: ApplicationTransitions,
    private readonly views: ApplicationViews,
    private readonly products: ProductRecords,
    private readonly institutions: InstitutionsService,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
  ) {}

  async accept(user: AuthUser, id: string, meta: RequestMeta): Promise<LoanApplicationModel> {
    const application = await this.find(id);
    const actor = this.access.institutionSide(user, application);
    if (application.state !== LoanApplicationState.SUBMITTED) throw ApplicationException.wrongState(application.state, LoanApplicationAction.ACCEPT);
    await this.transitions.apply(
      application,
      actor,
      {
        action: LoanApplicationAction.ACCEPT,
        to: LoanApplicationState.ACCEPTED,
        note: '机构已受理申请，正在审查',
        message: { title: '贷款申请已受理', body: '金融机构已受理您的贷款申请，正在审查' },
      },
      meta,
    );
    return this.views.get(user, id);
  }

  async approve(user: AuthUser, id: string, input: ApproveLoanApplicationInput, meta: RequestMeta): Promise<LoanApplicationModel> {
    const application = await this.find(id);
    const actor = this.access.institutionSide(user, application);
    if (application.state !== LoanApplicationState.ACCEPTED) throw ApplicationException.wrongState(application.state, LoanApplicationAction.APPROVE);
    const product = await this.products.findById(application.productId);
    if (product === null) throw ApplicationException.productNotFound();
    const approval = { ...input, facilityType: input.facilityType ?? LoanFacilityType.TERM_LOAN };
    const errors = approvalErrors(approval, productTerms(product), application.amountFen);
    if (errors.length > 0) throw ApplicationException.invalid(errors);
    const now = this.clock.now();
    const institutionName = (await this.institutions.namesByIds([application.institutionId])).get(application.institutionId) ?? '';
    const contract = renderContract({
      applicationNumber: application.number,
      enterpriseName: application.enterpriseName,
      uscc: application.uscc,
      institutionName,
      productName: product.name,
      purpose: application.purpose ?? '',
      amountFen: input.approvedAmountFen,
      rateBp: input.rateBp,
      termMonths: input.termMonths,
      repaymentMethod: input.repaymentMethod,
      facilityType: approval.facilityType,
      approvedAt: now,
    });
    const terms = `${LOAN_FACILITY_TYPE_LABELS[approval.facilityType]} ${formatAmountCompact(input.approvedAmountFen)}，年利率 ${formatRateBp(input.rateBp)}，期限 ${input.termMonths} 个月，${REPAYMENT_METHOD_LABELS[input.repaymentMethod]}`;
    await this.transitions.apply(
      application,
      actor,
      {
        action: LoanApplicationAction.APPROVE,
        to: LoanApplicationState.APPROVED,
        changes: {
          approvedAmountFen: input.approvedAmountFen,
          approvedRateBp: input.rateBp,
          approvedTermMonths: input.termMonths,
          approvedRepaymentMethod: input.repaymentMethod,
          facilityType: approval.facilityType,
          decidedAt: now,
          decidedByUserId: user.userId,
          contractText: contract.text,
          contractSha256: contract.sha256,
        },
        note: `机构批准了申请：${terms}`,
        message: { title: '贷款申请已批准', body: `您的贷款申请已批准：${terms}。请阅读并签署借款合同` },
        detail: { approvedAmountFen: input.approvedAmountFen, rateBp: input.rateBp, termMonths: input.termMonths, contractSha256: contract.sha256 },
      },
      meta,
    );
    return this.views.get(user, id);
  }

  async reject(user: AuthUser, id: string, input: RejectLoanApplicationInput, meta: RequestMeta): Promise<LoanApplicationModel> {
    const application = await this.find(id);
    const actor = this.access.institutionSide(user, application);
    if (application.state !== LoanApplicationState.SUBMITTED && application.state !== LoanApplicationState.ACCEPTED) {
      throw ApplicationException.wrongState(application.state, LoanApplicationAction.REJECT);
    }
    const errors = rejectionErrors(input.reasonCode, input.reasonText);
    if (errors.length > 0) throw ApplicationException.invalid(errors);
    const label = LOAN_REJECT_REASON_LABELS[input.reasonCode];
    await this.transitions.apply(
      application,
      actor,
      {
        action: LoanApplicationAction.REJECT,
        to: LoanApplicationState.REJECTED,
        changes: { rejectReasonCode: input.reasonCode, rejectReasonText: input.reasonText.trim(), decidedAt: this.clock.now(), decidedByUserId: user.userId },
        note: `机构拒绝了申请：${label}`,
        message: { title: '贷款申请未获批准', body: `原因：${label}。${input.reasonText.trim()}` },
        detail: { reasonCode: input.reasonCode },
      },
      meta,
    );
    return this.views.get(user, id);
  }

  /**
   * Records that a reviewer checked the applicant's ID card at the counter: the number on the card must be the one of
   * the applicant's real-name identity. For a submission the application is still a draft (found by its number, which
   * the applicant shows); for signing it is approved.
   */
  async recordCounterVerification(user: AuthUser, input: RecordCounterVerificationInput, meta: RequestMeta): Promise<CounterVerificationModel> {
    const application = await this.repository.findByNumber(input.applicationNumber);
    if (application === null) throw ApplicationException.notFound();
    const actor = this.access.institutionSide(user, application, { draftsToo: true });
    const state = COUNTER_STATES[input.purpose];
    if (application.state !== state) throw ApplicationException.wrongState(application.state, LoanApplicationAction.RECORD_COUNTER_VERIFICATION);
    const onRecord = this.cipher.open(LOAN_APPLICATION_FIELDS.applicantResidentId, application);
    if (onRecord === null) throw ApplicationException.invalidField('input.residentId', '申请人的实名信息中没有身份证号，无法线下核验，请申请人重新登录后再试');
    if (onRecord.toUpperCase() !== input.residentId.toUpperCase()) throw ApplicationException.invalidField('input.residentId', '身份证号与申请人的实名信息不一致');
    const now = this.clock.now();
    const record = {
      id: timeOrderedUuid(now.getTime()),
      applicationId: application.id,
      purpose: input.purpose,
      verifiedByUserId: user.userId,
      verifiedAt: now,
      note: input.note?.trim() || null,
    };
    await this.transitions.apply(
      application,
      actor,
      {
        action: LoanApplicationAction.RECORD_COUNTER_VERIFICATION,
        to: state,
        note: `机构已在柜台完成申请人身份核验（${COUNTER_VERIFICATION_PURPOSE_LABELS[input.purpose]}）`,
        message: { title: '线下核验已完成', body: `金融机构已在柜台核验您的身份（${COUNTER_VERIFICATION_PURPOSE_LABELS[input.purpose]}）` },
        detail: { counterVerificationId: record.id, purpose: input.purpose },
        within: (manager) => this.repository.insertCounterVerification(manager, record),
      },
      meta,
    );
    return { id: record.id, applicationId: application.id, applicationNumber: application.number, purpose: record.purpose, verifiedAt: now };
  }

  private async find(id: string): Promise<LoanApplicationRow> {
    const application = await this.repository.findById(id);
    if (application === null) throw ApplicationException.notFound();
    return application;
  }
}
