import { UserAccountEntity } from './modules/accounts/user-account.entity';
import { ApplicationEventEntity, ApplicationNumberSequenceEntity } from './modules/applications/application-event.entity';
import { LoanDrawdownEntity, LoanRepaymentEntity, LoanScheduleRowEntity } from './modules/applications/ledger/loan-ledger.entity';
import { CounterVerificationEntity, LoanApplicationEntity } from './modules/applications/loan-application.entity';
import { ApplicationMaterialEntity } from './modules/applications/materials/application-material.entity';
import { AuditChainHeadEntity } from './modules/audit/audit-chain-head.entity';
import { AuditLogEntity } from './modules/audit/audit-log.entity';
import { BannerEntity } from './modules/banners/banner.entity';
import { ConsentAgreementEntity } from './modules/consents/consent-agreement.entity';
import { DataConsentEntity } from './modules/consents/data-consent.entity';
import { DataUseRecordEntity } from './modules/data-use/data-use-record.entity';
import { EnterpriseBindingEntity } from './modules/enterprises/enterprise-binding.entity';
import { EnterpriseEntity } from './modules/enterprises/enterprise.entity';
import { ContentAttachmentEntity } from './modules/content/content-attachment.entity';
import { StoredFileEntity } from './modules/files/stored-file.entity';
import { FaqEntity } from './modules/content/faq.entity';
import { GovDataSnapshotEntity } from './modules/gov-data/gov-data-snapshot.entity';
import { NewsEntity } from './modules/content/news.entity';
import { PolicyEntity } from './modules/content/policy.entity';
import { MessageEntity } from './modules/messages/message.entity';
import { OidcCodeRedemptionEntity } from './core-modules/auth/identity/oidc-code-redemption.entity';
import { OidcLoginRequestEntity } from './core-modules/auth/identity/oidc-login-request.entity';
import { InstitutionEntity } from './modules/institutions/institution.entity';
import { ProductVersionEntity } from './modules/product-management/product-version.entity';
import { CatalogueRevisionEntity } from './modules/products/catalogue/catalogue-revision.entity';
import { ProductEntity } from './modules/products/product.entity';
import { ProductSearchTermEntity } from './modules/products/search/product-search-term.entity';
import { RefreshTokenEntity } from './core-modules/auth/sessions/refresh-token.entity';
import { SessionEntity } from './core-modules/auth/sessions/session.entity';
import { StaffLoginChallengeEntity } from './core-modules/auth/staff/staff-login-challenge.entity';
import { StaffLoginSourceEntity } from './core-modules/auth/staff/staff-login-source.entity';
import { SeedRunEntity } from './seed/seed-run.entity';
import { OutboxEventEntity } from './core-modules/events/outbox-event.entity';
import {
  BiometricConsentEntity,
  FaceCallbackNonceEntity,
  FaceVerificationEntity,
  IdCardCheckEntity,
} from './modules/face-verification/face-verification.entity';

/** Every TypeORM entity, for the data source (modules still register their own with `forFeature`). */
export const ENTITIES = [
  InstitutionEntity,
  ProductEntity,
  ProductVersionEntity,
  ProductSearchTermEntity,
  CatalogueRevisionEntity,
  PolicyEntity,
  NewsEntity,
  FaqEntity,
  BannerEntity,
  StoredFileEntity,
  ContentAttachmentEntity,
  UserAccountEntity,
  EnterpriseEntity,
  EnterpriseBindingEntity,
  OidcLoginRequestEntity,
  OidcCodeRedemptionEntity,
  StaffLoginChallengeEntity,
  StaffLoginSourceEntity,
  SessionEntity,
  RefreshTokenEntity,
  AuditLogEntity,
  AuditChainHeadEntity,
  MessageEntity,
  ConsentAgreementEntity,
  DataConsentEntity,
  DataUseRecordEntity,
  GovDataSnapshotEntity,
  LoanApplicationEntity,
  CounterVerificationEntity,
  ApplicationEventEntity,
  ApplicationNumberSequenceEntity,
  ApplicationMaterialEntity,
  LoanDrawdownEntity,
  LoanScheduleRowEntity,
  LoanRepaymentEntity,
  SeedRunEntity,
  OutboxEventEntity,
  FaceVerificationEntity,
  FaceCallbackNonceEntity,
  BiometricConsentEntity,
  IdCardCheckEntity,
];
