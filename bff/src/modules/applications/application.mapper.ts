import {
  LOAN_REJECT_REASON_LABELS,
  LoanApplicationAction,
  LoanApplicationActor,
  LoanApplicationState,
  LoanFacilityType,
  allowedLoanApplicationActions,
} from '@rongtong/shared';
import type { ProductRow } from '../products/product-records';
import type { ApplicationEventEntity } from './application-event.entity';
import type { ProductTerms } from './application-rules';
import type { LoanApplicationRow } from './loan-application.entity';
import { ApplicationEventModel, LoanApplicationModel } from './models/loan-application.model';

const DAY_MS = 86_400_000;

/** What the rules read of a product row. */
export function productTerms(product: ProductRow): ProductTerms {
  return {
    id: product.id,
    name: product.name,
    institutionId: product.institutionId,
    status: product.status,
    onlineApply: product.onlineApply,
    minAmountFen: product.minAmountFen,
    maxAmountFen: product.maxAmountFen,
    minTermMonths: product.minTermMonths,
    maxTermMonths: product.maxTermMonths,
    minRateBp: product.minRateBp,
    maxRateBp: product.maxRateBp,
    repaymentMethods: product.repaymentMethods,
    requiredMaterials: product.requiredMaterials,
  };
}

/** When a SUBMITTED or ACCEPTED application expires if nobody acts on it; null in every other state. */
export function expiryOf(application: Pick<LoanApplicationRow, 'state' | 'lastActionAt'>, expiryDays: number): Date | null {
  if (application.state !== LoanApplicationState.SUBMITTED && application.state !== LoanApplicationState.ACCEPTED) return null;
  return new Date(application.lastActionAt.getTime() + expiryDays * DAY_MS);
}

/**
 * What the viewer may do now: the shared table's actions for their side, narrowed by what the table cannot see —
 * only the applicant in person edits, submits and signs; drawdowns are requested on credit lines only; a term loan
 * settles by its last repayment, so the institution settles credit lines only.
 */
export function allowedActionsFor(application: LoanApplicationRow, side: LoanApplicationActor, viewerUserId: string): LoanApplicationAction[] {
  const personal: readonly LoanApplicationAction[] = [LoanApplicationAction.UPDATE_DRAFT, LoanApplicationAction.SUBMIT, LoanApplicationAction.SIGN];
  const creditLine = application.facilityType === LoanFacilityType.CREDIT_LINE;
  return allowedLoanApplicationActions(application.state, side).filter((action) => {
    if (personal.includes(action)) return viewerUserId === application.applicantUserId;
    if (action === LoanApplicationAction.REQUEST_DRAWDOWN || action === LoanApplicationAction.SETTLE) return creditLine;
    return true;
  });
}

export interface ApplicationModelParts {
  productName: string;
  institutionName: string;
  applicantName: string;
  side: LoanApplicationActor;
  viewerUserId: string;
  expiryDays: number;
}

export function toApplicationModel(row: LoanApplicationRow, parts: ApplicationModelParts): LoanApplicationModel {
  const decided = row.decidedAt !== null;
  return Object.assign(new LoanApplicationModel(), {
    id: row.id,
    number: row.number,
    state: row.state,
    version: row.version,
    productId: row.productId,
    productName: parts.productName,
    institutionId: row.institutionId,
    institutionName: parts.institutionName,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    uscc: row.uscc,
    regionCode: row.regionCode,
    industryCode: row.industryCode,
    scale: row.scale,
    establishedOn: row.establishedOn,
    registeredCapitalFen: row.registeredCapitalFen,
    registerAsOf: row.registerAsOf,
    applicantName: parts.applicantName,
    applicantResidentIdMasked: row.applicantResidentIdMasked,
    amountFen: row.amountFen,
    termMonths: row.termMonths,
    purpose: row.purpose,
    preferredRepaymentMethod: row.preferredRepaymentMethod,
    verificationPath: row.verificationPath,
    verifiedAt: row.verifiedAt,
    consentId: row.consentId,
    creditScoreSnapshotId: row.creditScoreSnapshotId,
    decision: decided
      ? {
          approvedAmountFen: row.approvedAmountFen,
          rateBp: row.approvedRateBp,
          termMonths: row.approvedTermMonths,
          repaymentMethod: row.approvedRepaymentMethod,
          facilityType: row.facilityType,
          rejectReasonCode: row.rejectReasonCode,
          rejectReasonLabel: row.rejectReasonCode ? LOAN_REJECT_REASON_LABELS[row.rejectReasonCode] : null,
          rejectReasonText: row.rejectReasonText,
          decidedAt: row.decidedAt,
        }
      : null,
    contract:
      row.contractText !== null && row.contractSha256 !== null
        ? { text: row.contractText, sha256: row.contractSha256, signedAt: row.signedAt, signingVerificationPath: row.signingVerificationPath }
        : null,
    allowedActions: allowedActionsFor(row, parts.side, parts.viewerUserId),
    viewerSide: parts.side,
    submittedAt: row.submittedAt,
    lastActionAt: row.lastActionAt,
    expiresAt: expiryOf(row, parts.expiryDays),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

export function toEventModel(event: ApplicationEventEntity): ApplicationEventModel {
  return Object.assign(new ApplicationEventModel(), {
    id: event.id,
    seq: event.seq,
    action: event.action,
    fromState: event.fromState,
    toState: event.toState,
    actorKind: event.actorKind,
    note: event.note,
    createdAt: event.createdAt,
  });
}
