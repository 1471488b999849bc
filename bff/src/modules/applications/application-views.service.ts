import { Injectable } from '@nestjs/common';
import { ConsentPurpose, CounterVerificationPurpose, IdentityVerificationPath, LoanApplicationActor, LOAN_APPLICATION_REQUIRED_SOURCE, SUBMISSION_FACE_VERIFICATION_MINUTES } from '@rongtong/shared';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { FieldCipher } from '../../infra/crypto/field-cipher';
import { toConnection } from '../../infra/graphql/pagination/connection';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../../infra/graphql/pagination/cursor';
import { institutionGrantee } from '../consents/consent-handle';
import { ConsentException } from '../consents/consent.exception';
import { ConsentsService } from '../consents/consents.service';
import { InstitutionsService } from '../institutions/institutions.service';
import { ProductRecords } from '../products/product-records';
import type { ApplicationActorRef } from './application-transitions';
import { ApplicationAccess } from './application-access';
import { ApplicationException } from './application.exception';
import { productTerms, toApplicationModel, toEventModel } from './application.mapper';
import { ApplicationsRepository, type InstantKeyset, type InstitutionQueueFilter } from './applications.repository';
import type { InstitutionLoanApplicationsArgs, MyLoanApplicationsArgs } from './dto/application.inputs';
import { IdentityVerificationCheck } from './identity-verification';
import { LOAN_APPLICATION_FIELDS, type LoanApplicationRow } from './loan-application.entity';
import { ApplicationMaterialsStore } from './materials/application-materials.store';
import type { ApplicationEventModel, LoanApplicationConnection, LoanApplicationModel } from './models/loan-application.model';
import type { SubmissionReadinessModel } from './models/submission-readiness.model';
import { judgeReadiness, type Readiness, type ReadinessContext } from './submission-readiness';

const MY_SORT = 'APPLICATION_CREATED_DESC';
const QUEUE_SORT = 'APPLICATION_SUBMITTED_DESC';

/**
 * Reading applications: one by id for either side, the enterprise's list, the institution's queue (submitted
 * applications only, filtered, keyset-paged), the timeline, and the readiness of a draft for submission.
 */
@Injectable()
export class ApplicationViews {
  constructor(
    private readonly repository: ApplicationsRepository,
    private readonly access: ApplicationAccess,
    private readonly products: ProductRecords,
    private readonly institutions: InstitutionsService,
    private readonly consents: ConsentsService,
    private readonly verification: IdentityVerificationCheck,
    private readonly materials: ApplicationMaterialsStore,
    private readonly cipher: FieldCipher,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The application if the caller is on either side of it; NOT_FOUND for an unknown id, FORBIDDEN for anyone else. */
  async readable(user: AuthUser, id: string): Promise<{ application: LoanApplicationRow; viewer: ApplicationActorRef }> {
    const application = await this.repository.findById(id);
    if (application === null) throw ApplicationException.notFound();
    return { application, viewer: await this.access.viewer(user, application) };
  }

  async get(user: AuthUser, id: string): Promise<LoanApplicationModel> {
    const { application, viewer } = await this.readable(user, id);
    const [model] = await this.toModels([application], viewer);
    if (!model) throw ApplicationException.notFound();
    return model;
  }

  async timeline(applicationId: string): Promise<ApplicationEventModel[]> {
    return (await this.repository.events(applicationId)).map(toEventModel);
  }

  /** The caller's enterprise's applications, newest first. */
  async mine(user: AuthUser, args: MyLoanApplicationsArgs): Promise<LoanApplicationConnection> {
    const enterpriseId = await this.access.actingEnterprise(user);
    const states = args.states ?? [];
    const after = args.after ? decodeKeyset(args.after, MY_SORT) : undefined;
    const [rows, totalCount] = await Promise.all([
      this.repository.enterprisePage(enterpriseId, states, args.first + 1, after),
      this.repository.enterpriseCount(enterpriseId, states),
    ]);
    const viewer = { kind: LoanApplicationActor.APPLICANT, userId: user.userId, role: user.role };
    return this.connection(rows, args.first, totalCount, viewer, (row) => ({ sort: MY_SORT, at: row.createdAt, id: row.id }));
  }

  /** The caller's institution's submitted applications (never drafts), newest submission first. */
  async queue(user: AuthUser, args: InstitutionLoanApplicationsArgs): Promise<LoanApplicationConnection> {
    const institutionId = user.institutionId;
    if (institutionId === null) throw ApplicationException.notDecidingInstitution();
    const filter = queueFilter(args.filter ?? {});
    const after = args.after ? decodeKeyset(args.after, QUEUE_SORT) : undefined;
    const [rows, totalCount] = await Promise.all([
      this.repository.institutionPage(institutionId, filter, args.first + 1, after),
      this.repository.institutionCount(institutionId, filter),
    ]);
    const viewer = { kind: LoanApplicationActor.INSTITUTION, userId: user.userId, role: user.role };
    return this.connection(rows, args.first, totalCount, viewer, (row) => ({ sort: QUEUE_SORT, at: row.submittedAt ?? row.createdAt, id: row.id }));
  }

  /** Whether the draft can be submitted, precondition by precondition (the applicant side only). */
  async readiness(user: AuthUser, id: string): Promise<SubmissionReadinessModel> {
    const application = await this.repository.findById(id);
    if (application === null) throw ApplicationException.notFound();
    await this.access.applicantSide(user, application);
    const readiness = await this.readinessOf(application);
    return {
      applicationId: application.id,
      ready: readiness.ready,
      preconditions: readiness.preconditions,
      materials: readiness.materials,
      faceVerificationAvailable: this.verification.faceAvailable,
    };
  }

  /** Gathers what the preconditions depend on (product, consent, verification, materials) and judges them. */
  async readinessOf(application: LoanApplicationRow): Promise<Readiness & { context: ReadinessContext }> {
    const now = this.clock.now();
    const [product, consent, verification, uploads] = await Promise.all([
      this.products.findById(application.productId),
      this.activeConsent(application),
      this.verificationFor(application, now),
      this.materials.uploadCounts(application.id),
    ]);
    const context: ReadinessContext = {
      terms: application,
      verificationPath: application.verificationPath,
      product: product && productTerms(product),
      consent,
      verification,
      faceAvailable: this.verification.faceAvailable,
      uploads,
    };
    return { ...judgeReadiness(context), context };
  }

  /** Models of rows seen from one side, with product and institution names read once for all. */
  async toModels(rows: readonly LoanApplicationRow[], viewer: ApplicationActorRef): Promise<LoanApplicationModel[]> {
    const productIds = [...new Set(rows.map((row) => row.productId))];
    const institutionIds = [...new Set(rows.map((row) => row.institutionId))];
    const [products, institutionNames] = await Promise.all([this.products.findByIds(productIds), this.institutions.namesByIds(institutionIds)]);
    const productNames = new Map(products.map((product) => [product.id, product.name]));
    return rows.map((row) =>
      toApplicationModel(row, {
        productName: productNames.get(row.productId) ?? '',
        institutionName: institutionNames.get(row.institutionId) ?? '',
        applicantName: this.cipher.open(LOAN_APPLICATION_FIELDS.applicantName, row),
        side: viewer.kind,
        viewerUserId: viewer.userId ?? '',
        expiryDays: this.config.applications.expiryDays,
      }),
    );
  }

  private async activeConsent(application: LoanApplicationRow): Promise<ReadinessContext['consent']> {
    try {
      const handle = await this.consents.requireActive({
        enterpriseId: application.enterpriseId,
        source: LOAN_APPLICATION_REQUIRED_SOURCE,
        grantee: institutionGrantee(application.institutionId),
        purpose: ConsentPurpose.LOAN_APPLICATION,
        productId: application.productId,
      });
      return { id: handle.consentId, sources: handle.sources };
    } catch (error) {
      if (error instanceof ConsentException) return null;
      throw error;
    }
  }

  private verificationFor(application: LoanApplicationRow, now: Date): ReturnType<IdentityVerificationCheck['passedWithin']> {
    switch (application.verificationPath) {
      case null:
        return Promise.resolve(null);
      case IdentityVerificationPath.FACE:
        return this.verification.passedWithin({ userId: application.applicantUserId, applicationId: application.id }, SUBMISSION_FACE_VERIFICATION_MINUTES, now);
      case IdentityVerificationPath.COUNTER:
        return this.verification.counterVerified(application.id, CounterVerificationPurpose.SUBMISSION, null);
      default: {
        const unknown: never = application.verificationPath;
        throw new Error(`unknown verification path ${String(unknown)}`);
      }
    }
  }

  private async connection(
    rows: readonly LoanApplicationRow[],
    first: number,
    totalCount: number,
    viewer: ApplicationActorRef,
    keyOf: (row: LoanApplicationRow) => { sort: string; at: Date; id: string },
  ): Promise<LoanApplicationConnection> {
    const page = rows.slice(0, first + 1);
    const models = new Map((await this.toModels(page.slice(0, first), viewer)).map((model) => [model.id, model]));
    return toConnection(
      page,
      first,
      totalCount,
      (row) => {
        const key = keyOf(row);
        return encodeCursor({ sort: key.sort, key: key.at.toISOString(), id: key.id });
      },
      (row) => {
        const model = models.get(row.id);
        if (!model) throw new Error(`no model for application ${row.id}`);
        return model;
      },
    );
  }
}

function decodeKeyset(after: string, sort: string): InstantKeyset {
  try {
    const cursor = decodeCursor(after, sort, 'instant');
    return { at: new Date(cursor.key), id: cursor.id };
  } catch (error) {
    if (error instanceof InvalidCursorError) throw ApplicationException.invalidCursor();
    throw error;
  }
}

function queueFilter(filter: NonNullable<InstitutionLoanApplicationsArgs['filter']>): InstitutionQueueFilter {
  const from = filter.submittedFrom ? new Date(filter.submittedFrom) : null;
  const to = filter.submittedTo ? new Date(filter.submittedTo) : null;
  const min = filter.minAmountFen ?? null;
  const max = filter.maxAmountFen ?? null;
  if (from && to && from.getTime() >= to.getTime()) throw ApplicationException.invalidField('filter.submittedTo', '结束时间应晚于开始时间');
  if (min !== null && max !== null && min > max) throw ApplicationException.invalidField('filter.maxAmountFen', '最高金额不能低于最低金额');
  return { states: filter.states ?? [], productId: filter.productId ?? null, submittedFrom: from, submittedTo: to, minAmountFen: min, maxAmountFen: max };
}
