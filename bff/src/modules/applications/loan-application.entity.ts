import type {
  CounterVerificationPurpose,
  EnterpriseScale,
  IdentityVerificationPath,
  LoanApplicationState,
  LoanFacilityType,
  LoanRejectReason,
  RepaymentMethod,
} from '@rongtong/shared';
import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { encryptedField } from '../../infra/crypto/encrypted-columns';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';
import { fenTransformer } from '../../infra/database/transformers';

/**
 * One loan application (DESIGN §4.3): the enterprise's request for a product, its decision, contract and loan. Its
 * `state` and `version` change only by compare-and-set (`UPDATE … WHERE id = ? AND state = ? AND version = ?`), once per
 * action, each with a timeline event (application_events).
 */
@Entity({ name: 'loan_applications' })
@Unique('uq_loan_applications_number', ['number'])
@Unique('uq_loan_applications_create_key', ['applicantUserId', 'idempotencyKey'])
@Unique('uq_loan_applications_submit_key', ['applicantUserId', 'submitIdempotencyKey'])
@Index('idx_loan_applications_enterprise_created', ['enterpriseId', 'createdAt', 'id'])
@Index('idx_loan_applications_institution_submitted', ['institutionId', 'submittedAt', 'id'])
@Index('idx_loan_applications_state_last_action', ['state', 'lastActionAt'])
export class LoanApplicationEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Human-readable and unique: RT + Beijing day + sequence of the day (RT20261207000123). */
  @Column({ type: 'varchar', length: 16 })
  number: string;

  @Column({ name: 'enterprise_id', type: 'varchar', length: 36 })
  enterpriseId: string;

  /** The user who applies; only they submit and sign (their identity is verified, their name is on the contract). */
  @Column({ name: 'applicant_user_id', type: 'varchar', length: 36 })
  applicantUserId: string;

  @Column({ name: 'product_id', type: 'varchar', length: 36 })
  productId: string;

  /** The product's institution when the application was made: the deciding institution. */
  @Column({ name: 'institution_id', type: 'varchar', length: 36 })
  institutionId: string;

  @Column({ type: 'varchar', length: 16 })
  state: LoanApplicationState;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'amount_fen', type: 'bigint', nullable: true, transformer: fenTransformer })
  amountFen: number | null;

  @Column({ name: 'term_months', type: 'int', nullable: true })
  termMonths: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  purpose: string | null;

  @Column({ name: 'preferred_repayment_method', type: 'varchar', length: 32, nullable: true })
  preferredRepaymentMethod: RepaymentMethod | null;

  /** Personal data: the applicant's real name from the identity platform (LOAN_APPLICATION_FIELDS.applicantName). */
  @Column({ name: 'applicant_name_cipher', type: 'text' })
  applicantNameCipher: string;

  @Column({ name: 'applicant_name_masked', type: 'varchar', length: 32 })
  applicantNameMasked: string;

  /** Personal data: the applicant's resident ID number, when the identity platform supplied one. */
  @Column({ name: 'applicant_resident_id_cipher', type: 'text', nullable: true })
  applicantResidentIdCipher: string | null;

  @Column({ name: 'applicant_resident_id_masked', type: 'varchar', length: 32, nullable: true })
  applicantResidentIdMasked: string | null;

  // The enterprise as its register profile described it when the draft was made, frozen again at submission.
  @Column({ name: 'enterprise_name', type: 'varchar', length: 128 })
  enterpriseName: string;

  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6, nullable: true })
  regionCode: string | null;

  @Column({ name: 'industry_code', type: 'varchar', length: 4, nullable: true })
  industryCode: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  scale: EnterpriseScale | null;

  @Column({ name: 'established_on', type: 'date', nullable: true })
  establishedOn: string | null;

  @Column({ name: 'registered_capital_fen', type: 'bigint', nullable: true, transformer: fenTransformer })
  registeredCapitalFen: number | null;

  /** The day the register profile describes (YYYY-MM-DD); null when the enterprise had none. */
  @Column({ name: 'register_as_of', type: 'date', nullable: true })
  registerAsOf: string | null;

  /** The data consent (loan applications, to the deciding institution) the submission relied on. */
  @Column({ name: 'consent_id', type: 'varchar', length: 36, nullable: true })
  consentId: string | null;

  /** The path the applicant chose for identity verification (face or counter). */
  @Column({ name: 'verification_path', type: 'varchar', length: 16, nullable: true })
  verificationPath: IdentityVerificationPath | null;

  /** The provider's certify id, or the counter verification's id, that the submission relied on. */
  @Column({ name: 'verification_reference', type: 'varchar', length: 64, nullable: true })
  verificationReference: string | null;

  @Column({ name: 'verified_at', type: 'datetime', precision: 3, nullable: true })
  verifiedAt: Date | null;

  /** The credit score the institution decided on (scoring comes with a later issue). */
  @Column({ name: 'credit_score_snapshot_id', type: 'varchar', length: 36, nullable: true })
  creditScoreSnapshotId: string | null;

  @Column({ name: 'approved_amount_fen', type: 'bigint', nullable: true, transformer: fenTransformer })
  approvedAmountFen: number | null;

  @Column({ name: 'approved_rate_bp', type: 'int', nullable: true })
  approvedRateBp: number | null;

  @Column({ name: 'approved_term_months', type: 'int', nullable: true })
  approvedTermMonths: number | null;

  @Column({ name: 'approved_repayment_method', type: 'varchar', length: 32, nullable: true })
  approvedRepaymentMethod: RepaymentMethod | null;

  @Column({ name: 'facility_type', type: 'varchar', length: 16, nullable: true })
  facilityType: LoanFacilityType | null;

  @Column({ name: 'reject_reason_code', type: 'varchar', length: 32, nullable: true })
  rejectReasonCode: LoanRejectReason | null;

  @Column({ name: 'reject_reason_text', type: 'varchar', length: 500, nullable: true })
  rejectReasonText: string | null;

  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by_user_id', type: 'varchar', length: 36, nullable: true })
  decidedByUserId: string | null;

  /** The contract rendered from the template with the approved terms; what the applicant signs. */
  @Column({ name: 'contract_text', type: 'text', nullable: true })
  contractText: string | null;

  /** SHA-256 (lowercase hex) of the contract text as UTF-8. */
  @Column({ name: 'contract_sha256', type: 'varchar', length: 64, nullable: true })
  contractSha256: string | null;

  @Column({ name: 'signed_at', type: 'datetime', precision: 3, nullable: true })
  signedAt: Date | null;

  @Column({ name: 'signing_verification_path', type: 'varchar', length: 16, nullable: true })
  signingVerificationPath: IdentityVerificationPath | null;

  @Column({ name: 'signing_verification_reference', type: 'varchar', length: 64, nullable: true })
  signingVerificationReference: string | null;

  @Column({ name: 'submitted_at', type: 'datetime', precision: 3, nullable: true })
  submittedAt: Date | null;

  /** When anyone last acted on it: SUBMITTED and ACCEPTED applications expire N days after this. */
  @Column({ name: 'last_action_at', type: 'datetime', precision: 3 })
  lastActionAt: Date;

  /** The client's key of the draft's creation; a retry with the same key returns this application. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey: string;

  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  /** The client's key of the submission; a retry with the same key answers the submitted application. */
  @Column({ name: 'submit_idempotency_key', type: 'varchar', length: 64, nullable: true })
  submitIdempotencyKey: string | null;

  @Column({ name: 'submit_request_hash', type: 'varchar', length: 64, nullable: true })
  submitRequestHash: string | null;
}

/** An application's columns without the entity's hooks. */
export type LoanApplicationRow = Pick<LoanApplicationEntity, keyof LoanApplicationEntity>;

/** The encrypted columns of loan_applications: `cipher.seal(field, row, plain)` / `cipher.open(field, row)`. */
export const LOAN_APPLICATION_FIELDS = {
  applicantName: encryptedField<Pick<LoanApplicationEntity, 'id' | 'applicantNameCipher'>, string>(
    { table: 'loan_applications', column: 'applicant_name_cipher' },
    (row) => row.applicantNameCipher,
  ),
  applicantResidentId: encryptedField<Pick<LoanApplicationEntity, 'id' | 'applicantResidentIdCipher'>>(
    { table: 'loan_applications', column: 'applicant_resident_id_cipher' },
    (row) => row.applicantResidentIdCipher,
  ),
} as const;

/** The counter verifications (线下核验) an institution recorded for an application. */
@Entity({ name: 'application_counter_verifications' })
@Index('idx_counter_verifications_application', ['applicationId', 'purpose', 'verifiedAt'])
export class CounterVerificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'application_id', type: 'varchar', length: 36 })
  applicationId: string;

  @Column({ type: 'varchar', length: 16 })
  purpose: CounterVerificationPurpose;

  /** The institution staff member who checked the applicant's ID card at the counter. */
  @Column({ name: 'verified_by_user_id', type: 'varchar', length: 36 })
  verifiedByUserId: string;

  @Column({ name: 'verified_at', type: 'datetime', precision: 3 })
  verifiedAt: Date;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;
}
