import { Injectable } from '@nestjs/common';
import {
  beijingDay,
  CounterVerificationPurpose,
  formatAmountCompact,
  formatApplicationNumber,
  IdentityVerificationPath,
  LoanApplicationAction,
  LoanApplicationState,
  MaterialStatus,
  SIGNING_FACE_VERIFICATION_MINUTES,
  maskPersonName,
} from '@rongtong/shared';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { Clock } from '../../infra/clock/clock';
import { FieldCipher } from '../../infra/crypto/field-cipher';
import { isDuplicateKeyError } from '../../infra/database/duplicate-key';
import { RateLimiter } from '../../infra/rate-limit/rate-limiter';
import { timeOrderedUuid } from '../../infra/database/time-ordered-id';
import { AccountsService } from '../accounts/accounts.service';
import { AuditAction, AuditService } from '../audit/audit.service';
import { EnterprisesService } from '../enterprises/enterprises.service';
import { ProductRecords } from '../products/product-records';
import { ApplicationAccess } from './application-access';
import { normalisePurpose, productOpenForApplications, requestHash, termErrors, type ApplicationTerms } from './application-rules';
import { ApplicationTransitions } from './application-transitions';
import { ApplicationViews } from './application-views.service';
import { ApplicationException, ApplicationErrorCode } from './application.exception';
import { productTerms } from './application.mapper';
import { ApplicationsRepository } from './applications.repository';
import { firstWriteWins } from './first-write-wins';
import type { CreateLoanApplicationInput, LoanApplicationFormInput, SignLoanContractInput, SubmitLoanApplicationInput } from './dto/application.inputs';
import { IdentityVerificationCheck } from './identity-verification';
import { LOAN_APPLICATION_FIELDS, type LoanApplicationRow } from './loan-application.entity';
import { ApplicationMaterialsStore } from './materials/application-materials.store';
import type { LoanApplicationModel } from './models/loan-application.model';

/** The fields of a form input that were sent (absent ones stay as they are; null clears). */
function formChanges(input: LoanApplicationFormInput): Partial<LoanApplicationRow> {
  const changes: Partial<LoanApplicationRow> = {};
  if (input.amountFen !== undefined) changes.amountFen = input.amountFen;
  if (input.termMonths !== undefined) changes.termMonths = input.termMonths;
  if (input.purpose !== undefined) changes.purpose = normalisePurpose(input.purpose);
  if (input.preferredRepaymentMethod !== undefined) changes.preferredRepaymentMethod = input.preferredRepaymentMethod;
  if (input.verificationPath !== undefined) changes.verificationPath = input.verificationPath;
  return changes;
}

/**
 * The applicant's side of an application: the draft (pre-filled from the register profile, saved step by step),
 * submission with its preconditions and idempotency key, withdrawal, and signing the contract with a fresh
 * verification. Every change goes through ApplicationTransitions.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ApplicationsRepository,
    private readonly access: ApplicationAccess,
    private readonly transitions: ApplicationTransitions,
    private readonly views: ApplicationViews,
    private readonly verification: IdentityVerificationCheck,
    private readonly materials: ApplicationMaterialsStore,
    private readonly products: ProductRecords,
    private readonly enterprises: EnterprisesService,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  /**
   * A new draft for a product, the enterprise part pre-filled from its register profile, the applicant's real name
   * from their identity. A retry with the same idempotency key and input answers the first draft; the key with other
   * input is CONFLICT.
   */
  async createDraft(user: AuthUser, input: CreateLoanApplicationInput, meta: RequestMeta): Promise<LoanApplicationModel> {
    const enterpriseId = await this.access.actingEnterprise(user);
    const hash = requestHash(['create', enterpriseId, input.productId.toLowerCase(), input.amountFen ?? null, input.termMonths ?? null, normalisePurpose(input.purpose), input.preferredRepaymentMethod ?? null, input.verificationPath ?? null]);
    const earlier = await this.replayOfCreate(user, input.idempotencyKey, hash);
    if (earlier) return earlier;

    const product = await this.products.findById(input.productId.toLowerCase());
    if (product === null) throw ApplicationException.invalidField('input.productId', '该产品不存在或已下架');
    if (!productOpenForApplications(product)) throw ApplicationException.invalidField('input.productId', '该产品已下架或暂不支持线上申请');
    const errors = termErrors(input, productTerms(product));
    if (errors.length > 0) throw ApplicationException.invalid(errors);
    const [enterprise, identity] = await Promise.all([this.enterprises.findById(enterpriseId), this.accounts.realName(user.userId)]);
    if (enterprise === null || identity === null) throw ApplicationException.notApplicantSide();

    const now = this.clock.now();
    const id = timeOrderedUuid(now.getTime());
    const draft: LoanApplicationRow = {
      id,
      number: '',
      enterpriseId,
      applicantUserId: user.userId,
      productId: product.id,
      institutionId: product.institutionId,
      state: LoanApplicationState.DRAFT,
      version: 1,
      amountFen: input.amountFen ?? null,
      termMonths: input.termMonths ?? null,
      purpose: normalisePurpose(input.purpose),
      preferredRepaymentMethod: input.preferredRepaymentMethod ?? null,
      applicantNameCipher: this.cipher.seal(LOAN_APPLICATION_FIELDS.applicantName, { id }, identity.name),
      applicantNameMasked: maskPersonName(identity.name),
      applicantResidentIdCipher: identity.residentId === null ? null : this.cipher.seal(LOAN_APPLICATION_FIELDS.applicantResidentId, { id }, identity.residentId),
      applicantResidentIdMasked: identity.residentId === null ? null : identity.residentIdMasked,
      ...registerSnapshot(enterprise),
      consentId: null,
      verificationPath: input.verificationPath ?? null,
      verificationReference: null,
      verifiedAt: null,
      creditScoreSnapshotId: null,
      approvedAmountFen: null,
      approvedRateBp: null,
      approvedTermMonths: null,
      approvedRepaymentMethod: null,
      facilityType: null,
      rejectReasonCode: null,
      rejectReasonText: null,
      decidedAt: null,
      decidedByUserId: null,
      contractText: null,
      contractSha256: null,
      signedAt: null,
      signingVerificationPath: null,
      signingVerificationReference: null,
      submittedAt: null,
      lastActionAt: now,
      idempotencyKey: input.idempotencyKey,
      requestHash: hash,
      submitIdempotencyKey: null,
      submitRequestHash: null,
      createdAt: now,
      updatedAt: now,
    };
    return firstWriteWins(
      async () => {
        await this.dataSource.transaction(async (manager) => {
          draft.number = formatApplicationNumber(beijingDay(now), await this.repository.nextSequence(manager, beijingDay(now)));
          await this.repository.insert(manager, draft);
          await this.audit.record(
            {
              actorId: user.userId,
              actorRole: user.role,
              action: AuditAction.LOAN_APPLICATION_CREATED,
              result: 'SUCCESS',
              targetType: 'LOAN_APPLICATION',
              targetId: id,
              meta,
              detail: { enterpriseId, productId: product.id, institutionId: product.institutionId },
            },
            manager,
          );
        });
        return this.views.get(user, id);
      },
      () => this.replayOfCreate(user, input.idempotencyKey, hash),
    );
  }

  /** Saves what a wizard step filled in (the applicant's draft only); values are checked against the product. */
  async updateDraft(user: AuthUser, id: string, input: LoanApplicationFormInput, meta: RequestMeta): Promise<LoanApplicationModel> {
    const application = await this.find(id);
    const actor = await this.access.applicant(user, application);
    if (application.state !== LoanApplicationState.DRAFT) throw ApplicationException.wrongState(application.state, LoanApplicationAction.UPDATE_DRAFT);
    const product = await this.products.findById(application.productId);
    if (product === null) throw ApplicationException.productNotFound();
    const errors = termErrors(input, productTerms(product));
    if (errors.length > 0) throw ApplicationException.invalid(errors);
    const changes = formChanges(input);
    await this.transitions.apply(application, actor, { action: LoanApplicationAction.UPDATE_DRAFT, to: LoanApplicationState.DRAFT, changes, note: null, detail: { change: 'FORM', fields: Object.keys(changes).join(',') } }, meta);
    return this.views.get(user, id);
  }

  /**
   * Submits the draft once every precondition holds (else BAD_USER_INPUT, one field per unmet precondition, nothing
   * written). The submission records the consent and verification it relied on, freezes the register snapshot, and
   * marks the materials government data replaced. A retry with the same key answers the submitted application, also
   * when it arrives while the first is still running; the key used for another application is CONFLICT.
   */
  async submit(user: AuthUser, input: SubmitLoanApplicationInput, meta: RequestMeta): Promise<LoanApplicationModel> {
    // The tight per-user quota (the per-IP one is counted before the operation runs, rate-limit.plugin.ts).
    await this.limiter.consume([{ rule: 'applicationSubmit', scope: 'perUser', subject: user.userId }]);
    const application = await this.find(input.applicationId);
    const actor = await this.access.applicant(user, application);
    const hash = requestHash(['submit', application.id]);
    if (await this.isSubmitReplay(user, input.idempotencyKey, hash)) return this.views.get(user, application.id);
    if (application.state !== LoanApplicationState.DRAFT) throw ApplicationException.wrongState(application.state, LoanApplicationAction.SUBMIT);

    const readiness = await this.views.readinessOf(application);
    if (!readiness.ready) throw ApplicationException.invalid(readiness.fieldErrors);
    const { consent, verification } = readiness.context;
    const enterprise = await this.enterprises.findById(application.enterpriseId);
    if (consent === null || verification === null || enterprise === null) throw ApplicationException.invalid(readiness.fieldErrors);
    const now = this.clock.now();
    const replaced = readiness.materials.filter((material) => material.status === MaterialStatus.REPLACED_BY_GOVERNMENT_DATA);
    try {
      await this.transitions.apply(
        application,
        actor,
        {
          action: LoanApplicationAction.SUBMIT,
          to: LoanApplicationState.SUBMITTED,
          changes: {
            ...registerSnapshot(enterprise),
            submittedAt: now,
            consentId: consent.id,
            verificationPath: verification.path,
            verificationReference: verification.reference,
            verifiedAt: verification.verifiedAt,
            submitIdempotencyKey: input.idempotencyKey,
            submitRequestHash: hash,
          },
          note: `申请已提交：申请金额 ${formatAmountCompact(application.amountFen ?? 0)}，期限 ${application.termMonths ?? 0} 个月，等待机构受理`,
          message: { title: '收到新的贷款申请', body: `${application.enterpriseName}申请${formatAmountCompact(application.amountFen ?? 0)}，请及时受理` },
          detail: { consentId: consent.id, verificationPath: verification.path, replacedMaterials: replaced.length },
          within: (manager) =>
            this.materials.insert(
              manager,
              replaced.map((material) => ({
                id: timeOrderedUuid(now.getTime()),
                applicationId: application.id,
                materialName: material.materialName,
                fileId: null,
                sha256: null,
                replacedBySource: material.governmentSource,
                attachedByUserId: user.userId,
                createdAt: now,
              })),
            ),
        },
        meta,
      );
    } catch (error) {
      // A concurrent retry with the same key won the compare-and-set (or the key's unique index): answer its result.
      const lost = isDuplicateKeyError(error) || (error instanceof ApplicationException && error.reason === ApplicationErrorCode.CHANGED_MEANWHILE);
      if (lost && (await this.isSubmitReplay(user, input.idempotencyKey, hash))) return this.views.get(user, application.id);
      throw error;
    }
    return this.views.get(user, application.id);
  }

  /** Withdraws a draft, or a submitted or accepted application (anyone acting for the enterprise). */
  async withdraw(user: AuthUser, id: string, meta: RequestMeta): Promise<LoanApplicationModel> {
    const application = await this.find(id);
    const actor = await this.access.applicantSide(user, application);
    const shared = application.state !== LoanApplicationState.DRAFT;
    await this.transitions.apply(
      application,
      actor,
      {
        action: LoanApplicationAction.WITHDRAW,
        to: LoanApplicationState.WITHDRAWN,
        note: '申请人撤回了申请',
        message: shared ? { title: '贷款申请已撤回', body: `${application.enterpriseName}撤回了贷款申请` } : undefined,
      },
      meta,
    );
    return this.views.get(user, id);
  }

  /**
   * The applicant signs the contract: the SHA-256 they send must be the one of the text rendered at approval, and
   * their identity must be verified afresh — a face verification passed within the last minutes, or a counter
   * verification the institution recorded after the approval.
   */
  async sign(user: AuthUser, input: SignLoanContractInput, meta: RequestMeta): Promise<LoanApplicationModel> {
    const application = await this.find(input.applicationId);
    const actor = await this.access.applicant(user, application);
    if (application.state !== LoanApplicationState.APPROVED) throw ApplicationException.wrongState(application.state, LoanApplicationAction.SIGN);
    if (application.contractSha256 !== input.contractSha256) {
      throw ApplicationException.invalidField('input.contractSha256', '合同摘要与合同原文不一致，请重新打开合同完整阅读后再签署');
    }
    const now = this.clock.now();
    const proof =
      input.verificationPath === IdentityVerificationPath.FACE
        ? await this.verification.passedWithin({ userId: user.userId, applicationId: application.id }, SIGNING_FACE_VERIFICATION_MINUTES, now)
        : await this.verification.counterVerified(application.id, CounterVerificationPurpose.SIGNING, application.decidedAt);
    if (proof === null) {
      const message =
        input.verificationPath === IdentityVerificationPath.FACE
          ? `签署前请重新完成人脸核验（通过后 ${SIGNING_FACE_VERIFICATION_MINUTES} 分钟内有效）`
          : '签署前请携带身份证原件到机构柜台完成线下核验';
      throw ApplicationException.invalidField('input.verificationPath', message);
    }
    await this.transitions.apply(
      application,
      actor,
      {
        action: LoanApplicationAction.SIGN,
        to: LoanApplicationState.SIGNED,
        changes: { signedAt: now, signingVerificationPath: proof.path, signingVerificationReference: proof.reference },
        note: '申请人已签署借款合同',
        message: { title: '借款合同已签署', body: `${application.enterpriseName}已签署借款合同，请安排放款` },
        detail: { contractSha256: input.contractSha256, verificationPath: proof.path },
      },
      meta,
    );
    return this.views.get(user, application.id);
  }

  private async find(id: string): Promise<LoanApplicationRow> {
    const application = await this.repository.findById(id);
    if (application === null) throw ApplicationException.notFound();
    return application;
  }

  private async replayOfCreate(user: AuthUser, idempotencyKey: string, hash: string): Promise<LoanApplicationModel | null> {
    const earlier = await this.repository.findByCreateKey(user.userId, idempotencyKey);
    if (earlier === null) return null;
    if (earlier.requestHash !== hash) throw ApplicationException.idempotencyKeyReused();
    return this.views.get(user, earlier.id);
  }

  /** Whether the key already submitted this application; CONFLICT when it submitted another one. */
  private async isSubmitReplay(user: AuthUser, idempotencyKey: string, hash: string): Promise<boolean> {
    const earlier = await this.repository.findBySubmitKey(user.userId, idempotencyKey);
    if (earlier === null) return false;
    if (earlier.submitRequestHash !== hash) throw ApplicationException.idempotencyKeyReused();
    return true;
  }
}

/** The enterprise part of an application as the register profile describes it now. */
function registerSnapshot(enterprise: {
  name: string;
  uscc: string;
  regionCode: string | null;
  industryCode: string | null;
  scale: LoanApplicationRow['scale'];
  establishedOn: string | null;
  registeredCapitalFen: number | null;
  registerAsOf: string | null;
}): Pick<LoanApplicationRow, 'enterpriseName' | 'uscc' | 'regionCode' | 'industryCode' | 'scale' | 'establishedOn' | 'registeredCapitalFen' | 'registerAsOf'> {
  return {
    enterpriseName: enterprise.name,
    uscc: enterprise.uscc,
    regionCode: enterprise.regionCode,
    industryCode: enterprise.industryCode,
    scale: enterprise.scale,
    establishedOn: enterprise.establishedOn,
    registeredCapitalFen: enterprise.registeredCapitalFen,
    registerAsOf: enterprise.registerAsOf,
  };
}

export type { ApplicationTerms };
