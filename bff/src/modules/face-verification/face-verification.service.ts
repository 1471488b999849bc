import { Injectable } from '@nestjs/common';
import { LoanApplicationState, maskPersonName } from '@rongtong/shared';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { Clock } from '../../infra/clock/clock';
import { timeOrderedUuid } from '../../infra/database/time-ordered-id';
import { badUserInput } from '../../infra/errors/domain.exception';
import { RateLimiter } from '../../infra/rate-limit/rate-limiter';
import { AccountsService } from '../accounts/accounts.service';
import { AuditAction, AuditService } from '../audit/audit.service';
import { maskResidentId } from '../accounts/identity-accounts.service';
import { FaceVerificationSubjectsService } from '../applications/face-verification-subjects.service';
import { FilePurpose } from '../files/file-purpose';
import { FilesService } from '../files/files.service';
import { BIOMETRIC_CONSENT_SHA256, BIOMETRIC_CONSENT_TEXT, BIOMETRIC_CONSENT_TITLE, BIOMETRIC_CONSENT_VERSION } from './biometric-consent';
import { FaceOutcomes, outcomeOf } from './face-outcomes';
import { FaceProviderClient, type OcrReading, type ProviderRefusal } from './face-provider.client';
import {
  FaceVerificationPurpose,
  FaceVerificationState,
  FINAL_FACE_STATES,
  IdCardCheckOutcome,
  IdCardSide,
  type FaceVerificationEntity,
} from './face-verification.entity';
import { FaceVerificationException } from './face-verification.exception';
import { FaceVerificationsRepository } from './face-verifications.repository';
import { toFaceVerificationModel } from './face-verification.mapper';
import { BiometricConsentAgreementModel, FaceVerificationModel, FaceVerificationStartModel, IdCardRecognitionModel } from './models/face-verification.model';

/** An order not finished this long after it was made is EXPIRED (the provider's verify URL lives as long). */
export const FACE_ORDER_TTL_MS = 10 * 60 * 1000;
/** The largest ID-card photo sent to the OCR. */
export const MAX_ID_CARD_BYTES = 5 * 1024 * 1024;

/** The application state each purpose verifies for: submitting a draft, signing an approved contract. */
const STATE_FOR_PURPOSE: Record<FaceVerificationPurpose, LoanApplicationState> = {
  [FaceVerificationPurpose.APPLY]: LoanApplicationState.DRAFT,
  [FaceVerificationPurpose.SIGN]: LoanApplicationState.APPROVED,
};

/** Today's date in China (UTC+8), YYYY-MM-DD: what an ID card's validity is compared with. */
export function chinaDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Face verification for loan applications: the separate biometric consent, ID-card recognition against the
 * applicant's real-name data, signed orders at the provider, and reading a verification (which expires an order past
 * its ten minutes). Results arrive by callback (face-callbacks.service.ts) and are confirmed with the provider.
 */
@Injectable()
export class FaceVerificationService {
  constructor(
    private readonly repository: FaceVerificationsRepository,
    private readonly outcomes: FaceOutcomes,
    private readonly provider: FaceProviderClient,
    private readonly subjects: FaceVerificationSubjectsService,
    private readonly accounts: AccountsService,
    private readonly files: FilesService,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async consentAgreement(user: AuthUser): Promise<BiometricConsentAgreementModel> {
    const consent = await this.repository.findConsent(user.userId, BIOMETRIC_CONSENT_VERSION);
    return Object.assign(new BiometricConsentAgreementModel(), {
      version: BIOMETRIC_CONSENT_VERSION,
      title: BIOMETRIC_CONSENT_TITLE,
      text: BIOMETRIC_CONSENT_TEXT,
      sha256: BIOMETRIC_CONSENT_SHA256,
      acceptedAt: consent?.acceptedAt ?? null,
    });
  }

  /** Records the consent to the version and text shown; another version or text is refused (the app shows the new one). */
  async acceptConsent(user: AuthUser, version: string, sha256: string, meta: RequestMeta): Promise<BiometricConsentAgreementModel> {
    if (version !== BIOMETRIC_CONSENT_VERSION) throw FaceVerificationException.consentStale('input.version');
    if (sha256 !== BIOMETRIC_CONSENT_SHA256) throw FaceVerificationException.consentStale('input.sha256');
    await this.repository.transaction(async (manager) => {
      if (!(await this.repository.insertConsent(manager, { id: timeOrderedUuid(), userId: user.userId, version, textSha256: sha256, acceptedAt: this.clock.now() }))) return;
      await this.audit.record(
        { actorId: user.userId, actorRole: user.role, action: AuditAction.BIOMETRIC_CONSENT_ACCEPTED, result: 'SUCCESS', targetType: 'USER', targetId: user.userId, meta, detail: { version } },
        manager,
      );
    });
    return this.consentAgreement(user);
  }

  async start(user: AuthUser, applicationId: string, purpose: FaceVerificationPurpose, meta: RequestMeta): Promise<FaceVerificationStartModel> {
    // The tight per-user quota (the per-IP one is counted before the operation runs, rate-limit.plugin.ts).
    await this.limiter.consume([{ rule: 'faceVerificationStart', scope: 'perUser', subject: user.userId }]);
    const subject = await this.subjects.applicantOf(user, applicationId);
    if (subject.state !== STATE_FOR_PURPOSE[purpose]) {
      const message = purpose === FaceVerificationPurpose.APPLY ? '只有草稿状态的申请可以为提交进行人脸核验' : '只有已批准待签署的申请可以为签署进行人脸核验';
      throw badUserInput('input.purpose', message);
    }
    if ((await this.repository.findConsent(user.userId, BIOMETRIC_CONSENT_VERSION)) === null) throw FaceVerificationException.consentRequired();
    const identity = await this.accounts.realName(user.userId);
    if (identity === null || identity.residentId === null) throw FaceVerificationException.realNameMissing();
    if (purpose === FaceVerificationPurpose.APPLY && !(await this.idCardMatched(user.userId, applicationId))) throw FaceVerificationException.idCardRequired();
    const order = await this.provider.createOrder({
      name: identity.name,
      residentId: identity.residentId,
      businessReference: `${applicationId}:${purpose}`,
      returnUrl: null,
    });
    const now = this.clock.now();
    const providerExpiry = Date.parse(order.expiresAt);
    const expiresAt = new Date(Number.isNaN(providerExpiry) ? now.getTime() + FACE_ORDER_TTL_MS : Math.min(providerExpiry, now.getTime() + FACE_ORDER_TTL_MS));
    await this.repository.transaction(async (manager) => {
      await this.repository.insert(manager, {
        id: timeOrderedUuid(now.getTime()),
        certifyId: order.certifyId,
        userId: user.userId,
        applicationId,
        purpose,
        state: FaceVerificationState.INIT,
        providerResult: null,
        scoreTenths: null,
        createdAt: now,
        expiresAt,
        finishedAt: null,
        updatedAt: now,
        version: 1,
      });
      await this.audit.record(
        {
          actorId: user.userId,
          actorRole: user.role,
          action: AuditAction.FACE_VERIFICATION_STARTED,
          result: 'SUCCESS',
          targetType: 'LOAN_APPLICATION',
          targetId: applicationId,
          meta,
          detail: { certifyId: order.certifyId, purpose },
        },
        manager,
      );
    });
    return Object.assign(new FaceVerificationStartModel(), { certifyId: order.certifyId, verifyUrl: order.verifyUrl, expiresAt });
  }

  /** The caller's own verification; one past its ten minutes becomes EXPIRED here, unless the provider has a result. */
  async read(user: AuthUser, certifyId: string): Promise<FaceVerificationModel> {
    const row = await this.repository.findByCertifyId(certifyId);
    if (row === null) throw FaceVerificationException.notFound();
    if (row.userId !== user.userId) throw FaceVerificationException.notOwner();
    return toFaceVerificationModel(await this.expireIfOverdue(row));
  }

  /** Sweeps every open order past its ten minutes (the scheduled expiry); answers how many changed. */
  async expireOverdue(limit = 500): Promise<number> {
    const rows = await this.repository.overdue([FaceVerificationState.INIT, FaceVerificationState.PENDING], this.clock.now(), limit);
    let expired = 0;
    for (const row of rows) {
      const after = await this.expireIfOverdue(row);
      if (after.state === FaceVerificationState.EXPIRED) expired += 1;
    }
    return expired;
  }

  /**
   * ID-card recognition: the applicant's own upload (a loan material) read by the provider's OCR and compared with
   * the real-name data of their identity (front: name and resident ID) or with today (back: validity). Every outcome
   * is recorded; a mismatch, an expired card or an unreadable image is a clear error.
   */
  async recognizeIdCard(user: AuthUser, applicationId: string, side: IdCardSide, fileId: string, meta: RequestMeta): Promise<IdCardRecognitionModel> {
    await this.limiter.consume([{ rule: 'faceVerificationStart', scope: 'perUser', subject: user.userId }]);
    const subject = await this.subjects.applicantOf(user, applicationId);
    if (subject.state !== LoanApplicationState.DRAFT) throw badUserInput('input.applicationId', '只有草稿状态的申请可以识别身份证');
    const identity = await this.accounts.realName(user.userId);
    if (identity === null || identity.residentId === null) throw FaceVerificationException.realNameMissing();
    const image = await this.readOwnUpload(user, fileId);
    const reading = await this.provider.recognizeIdCard(side, image);
    const now = this.clock.now();
    const verdict = judge(reading, side, identity, now);
    await this.repository.transaction(async (manager) => {
      // Claimed with the sweep's lock, so the photo the record names is never swept as an abandoned upload.
      if ((await this.files.findForClaim(manager, fileId)) === null) throw badUserInput('input.fileId', '文件不存在，请重新上传身份证照片');
      await this.repository.insertIdCardCheck(manager, {
        id: timeOrderedUuid(now.getTime()),
        userId: user.userId,
        applicationId,
        side,
        fileId: fileId.toLowerCase(),
        outcome: verdict.outcome,
        reason: verdict.reason,
        validTo: !('refused' in reading) && reading.side === 'BACK' ? reading.validTo : null,
        createdAt: now,
      });
      await this.audit.record(
        {
          actorId: user.userId,
          actorRole: user.role,
          action: AuditAction.ID_CARD_RECOGNIZED,
          result: verdict.outcome === IdCardCheckOutcome.MATCHED ? 'SUCCESS' : 'FAILURE',
          targetType: 'LOAN_APPLICATION',
          targetId: applicationId,
          meta,
          detail: { side, outcome: verdict.outcome, fileId: fileId.toLowerCase() },
        },
        manager,
      );
    });
    if (verdict.outcome !== IdCardCheckOutcome.MATCHED) throw FaceVerificationException.idCardRefused(verdict.reason ?? '身份证识别未通过');
    return Object.assign(new IdCardRecognitionModel(), {
      side,
      nameMasked: side === IdCardSide.FRONT ? maskPersonName(identity.name) : null,
      residentIdMasked: side === IdCardSide.FRONT ? maskResidentId(identity.residentId) : null,
      validTo: !('refused' in reading) && reading.side === 'BACK' ? reading.validTo : null,
      recognizedAt: now,
    });
  }

  private async idCardMatched(userId: string, applicationId: string): Promise<boolean> {
    const [front, back] = await Promise.all([
      this.repository.latestIdCardCheck(userId, applicationId, IdCardSide.FRONT),
      this.repository.latestIdCardCheck(userId, applicationId, IdCardSide.BACK),
    ]);
    const today = chinaDate(this.clock.now());
    const backStillValid = back?.validTo === null || (back?.validTo ?? '') >= today;
    return front?.outcome === IdCardCheckOutcome.MATCHED && back?.outcome === IdCardCheckOutcome.MATCHED && backStillValid;
  }

  private async readOwnUpload(user: AuthUser, fileId: string): Promise<Buffer> {
    const { file, stream } = await this.files.open(fileId, user).catch(() => {
      throw badUserInput('input.fileId', '文件不存在或不是您上传的身份证照片，请重新上传');
    });
    if (file.purpose !== FilePurpose.LOAN_MATERIAL || file.uploaderId !== user.userId || !file.mimeType.startsWith('image/')) {
      stream.destroy();
      throw badUserInput('input.fileId', '请上传身份证照片（用途为申请材料的图片）');
    }
    if (file.sizeBytes > MAX_ID_CARD_BYTES) {
      stream.destroy();
      throw badUserInput('input.fileId', '身份证照片不能超过 5 MB，请重新拍摄');
    }
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  private async expireIfOverdue(row: FaceVerificationEntity): Promise<FaceVerificationEntity> {
    const now = this.clock.now();
    if (FINAL_FACE_STATES.has(row.state) || row.expiresAt.getTime() > now.getTime()) return row;
    // The provider may hold a result that arrived just in time: its answer decides; unreachable, the clock does.
    const view = await this.provider.queryOrder(row.certifyId).catch(() => null);
    const changes = view !== null && view.businessReference === `${row.applicationId}:${row.purpose}` ? outcomeOf(view, row, now) : null;
    const final = changes?.state !== undefined && FINAL_FACE_STATES.has(changes.state);
    return this.outcomes.apply(row, final && changes ? changes : { state: FaceVerificationState.EXPIRED, providerResult: null, scoreTenths: null, finishedAt: row.expiresAt });
  }
}

interface Verdict {
  outcome: IdCardCheckOutcome;
  reason: string | null;
}

/** How a reading compares with the applicant's real-name data and today. */
export function judge(reading: OcrReading | ProviderRefusal, side: IdCardSide, identity: { name: string; residentId: string | null }, now: Date): Verdict {
  if ('refused' in reading) return { outcome: IdCardCheckOutcome.UNREADABLE, reason: reading.message.slice(0, 200) };
  if (reading.side !== side) return { outcome: IdCardCheckOutcome.UNREADABLE, reason: '识别到的证件面与所选不符，请重新拍摄' };
  if (reading.side === 'FRONT') {
    const sameId = identity.residentId !== null && reading.residentId.toUpperCase() === identity.residentId.toUpperCase();
    if (reading.name !== identity.name || !sameId) {
      return { outcome: IdCardCheckOutcome.MISMATCH, reason: '身份证上的姓名或公民身份号码与您的实名信息不一致，请使用本人身份证' };
    }
    return { outcome: IdCardCheckOutcome.MATCHED, reason: null };
  }
  if (reading.validTo !== null && reading.validTo < chinaDate(now)) {
    return { outcome: IdCardCheckOutcome.EXPIRED, reason: `身份证已于 ${reading.validTo} 过期，请使用有效期内的身份证` };
  }
  return { outcome: IdCardCheckOutcome.MATCHED, reason: null };
}
