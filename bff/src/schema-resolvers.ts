import { ApplicationsResolver } from './modules/applications/applications.resolver';
import { InstitutionApplicationsResolver } from './modules/applications/institution-applications.resolver';
import { FaceVerificationResolver } from './modules/face-verification/face-verification.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { BannersResolver } from './modules/banners/banners.resolver';
import { ConsentsResolver } from './modules/consents/consents.resolver';
import { ContentAdminResolver } from './modules/content/content-admin.resolver';
import { NewsAttachmentsResolver, PolicyAttachmentsResolver } from './modules/content/content-attachments.resolver';
import { ContentResolver } from './modules/content/content.resolver';
import { EnterpriseRegisterProfileResolver } from './modules/gov-data/enterprise-register-profile.resolver';
import { GovernmentDataResolver } from './modules/gov-data/government-data.resolver';
import { PolicyPushResolver } from './modules/content/policy-push.resolver';
import { IdentityResolver } from './core-modules/auth/identity/identity.resolver';
import { MeFieldsResolver } from './core-modules/auth/me/me-fields.resolver';
import { MessagesResolver } from './modules/messages/messages.resolver';
import { MessagesLiveResolver } from './modules/messages/messages-live.resolver';
import { InstitutionsResolver } from './modules/institutions/institutions.resolver';
import { InstitutionProductCountResolver } from './modules/products/institution-product-count.resolver';
import { InstitutionProductsResolver } from './modules/products/institution-products.resolver';
import { ProductManagementResolver } from './modules/product-management/product-management.resolver';
import { ProductsResolver } from './modules/products/products.resolver';
import { RecommendationResolver } from './modules/recommendation/recommendation.resolver';
import { SessionsResolver } from './core-modules/auth/sessions/sessions.resolver';
import { StaffAccountSecurityResolver } from './core-modules/auth/staff/staff-account-security.resolver';
import { StaffAccountsResolver } from './core-modules/auth/staff/staff-accounts.resolver';
import { StaffAuthResolver } from './core-modules/auth/staff/staff-auth.resolver';

/**
 * Every resolver class, for emitting the SDL without booting the app. test/schema.int-spec.ts checks that the
 * running app's schema equals the one built from this list, so a resolver missing here fails the build.
 */
export const SCHEMA_RESOLVERS = [
  InstitutionsResolver,
  InstitutionProductsResolver,
  ProductsResolver,
  ProductManagementResolver,
  InstitutionProductCountResolver,
  RecommendationResolver,
  ContentResolver,
  BannersResolver,
  ContentAdminResolver,
  PolicyPushResolver,
  PolicyAttachmentsResolver,
  NewsAttachmentsResolver,
  MessagesResolver,
  MessagesLiveResolver,
  SessionsResolver,
  AuditResolver,
  IdentityResolver,
  MeFieldsResolver,
  StaffAuthResolver,
  StaffAccountsResolver,
  StaffAccountSecurityResolver,
  ConsentsResolver,
  GovernmentDataResolver,
  EnterpriseRegisterProfileResolver,
  ApplicationsResolver,
  InstitutionApplicationsResolver,
  FaceVerificationResolver,
];
