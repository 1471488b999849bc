import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/** What a face verification is for: the application's submission, or signing its contract. */
export enum FaceVerificationPurpose {
  APPLY = 'APPLY',
  SIGN = 'SIGN',
}

/** INIT: ordered; PENDING: the person opened the verify page; then PASSED, FAILED or EXPIRED (10 minutes). */
export enum FaceVerificationState {
  INIT = 'INIT',
  PENDING = 'PENDING',
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}

export const FINAL_FACE_STATES: ReadonlySet<FaceVerificationState> = new Set([
  FaceVerificationState.PASSED,
  FaceVerificationState.FAILED,
  FaceVerificationState.EXPIRED,
]);

/**
 * One verification order at the provider, for one applicant and one application. `state` and `version` change only
 * by compare-and-set after the provider's query confirmed the outcome.
 */
@Entity({ name: 'face_verifications' })
@Index('idx_face_verifications_subject', ['userId', 'applicationId', 'state', 'finishedAt'])
@Index('idx_face_verifications_open', ['state', 'expiresAt'])
export class FaceVerificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'certify_id', type: 'varchar', length: 64, unique: true })
  certifyId: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'application_id', type: 'varchar', length: 36 })
  applicationId: string;

  @Column({ type: 'varchar', length: 8 })
  purpose: FaceVerificationPurpose;

  @Column({ type: 'varchar', length: 16 })
  state: FaceVerificationState;

  /** The provider's result word (PASSED, FAILED, LIVENESS_FAILED) once confirmed. */
  @Column({ name: 'provider_result', type: 'varchar', length: 16, nullable: true })
  providerResult: string | null;

  /** Similarity 0–100 in tenths (one decimal), once confirmed. */
  @Column({ name: 'score_tenths', type: 'int', nullable: true })
  scoreTenths: number | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;

  /** When the provider says the person finished (or, for EXPIRED, when the order ran out). */
  @Column({ name: 'finished_at', type: 'datetime', precision: 3, nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;

  @Column({ type: 'int' })
  version: number;
}

export type FaceVerificationRow = Pick<FaceVerificationEntity, keyof FaceVerificationEntity>;

/** A callback nonce already seen; kept until `expiresAt` (twice the timestamp tolerance), then pruned. */
@Entity({ name: 'face_callback_nonces' })
@Index('idx_face_callback_nonces_expiry', ['expiresAt'])
export class FaceCallbackNonceEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  nonce: string;

  @Column({ name: 'received_at', type: 'datetime', precision: 3 })
  receivedAt: Date;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;
}

/** A user's separate consent to biometric processing (PIPL Art. 28/29), per version of the text shown. */
@Entity({ name: 'face_biometric_consents' })
@Unique('uq_face_biometric_consents_user_version', ['userId', 'version'])
export class BiometricConsentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'varchar', length: 16 })
  version: string;

  @Column({ name: 'text_sha256', type: 'varchar', length: 64 })
  textSha256: string;

  @Column({ name: 'accepted_at', type: 'datetime', precision: 3 })
  acceptedAt: Date;
}

export enum IdCardSide {
  FRONT = 'FRONT',
  BACK = 'BACK',
}

/** How a recognised side compared with the applicant's real-name data. */
export enum IdCardCheckOutcome {
  MATCHED = 'MATCHED',
  MISMATCH = 'MISMATCH',
  EXPIRED = 'EXPIRED',
  UNREADABLE = 'UNREADABLE',
}

/** Every ID-card recognition of an applicant for an application, matched or refused, with the reason. */
@Entity({ name: 'face_id_card_checks' })
@Index('idx_face_id_card_checks_subject', ['userId', 'applicationId', 'side', 'createdAt'])
export class IdCardCheckEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'application_id', type: 'varchar', length: 36 })
  applicationId: string;

  @Column({ type: 'varchar', length: 8 })
  side: IdCardSide;

  @Column({ name: 'file_id', type: 'varchar', length: 36 })
  fileId: string;

  @Column({ type: 'varchar', length: 16 })
  outcome: IdCardCheckOutcome;

  /** The Chinese reason shown when not MATCHED. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  /** The card's last valid day (back side; null for 长期 or the front). */
  @Column({ name: 'valid_to', type: 'varchar', length: 10, nullable: true })
  validTo: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
