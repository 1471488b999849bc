import { LoanApplicationState, PolicyLevel, ProductStatus, Role, syntheticUscc } from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import type { InstitutionPermission } from '../../src/core-modules/auth/auth-user';
import { seedId } from '../../src/infra/database/deterministic-id';
import { ContentStatus } from '../../src/modules/content/content-status';
import { NewsEntity } from '../../src/modules/content/news.entity';
import { PolicyEntity } from '../../src/modules/content/policy.entity';
import { BannerStatus } from '../../src/modules/banners/banner-status';
import { BannerEntity } from '../../src/modules/banners/banner.entity';
import { EnterpriseBindingEntity } from '../../src/modules/enterprises/enterprise-binding.entity';
import { EnterpriseRelation } from '../../src/modules/enterprises/enterprise-relation';
import { EnterpriseEntity } from '../../src/modules/enterprises/enterprise.entity';
import { BIOMETRIC_CONSENT_SHA256, BIOMETRIC_CONSENT_VERSION } from '../../src/modules/face-verification/biometric-consent';
import { totpCode } from '../../src/core-modules/auth/staff/totp';
import { NEWS_SEEDS, POLICY_SEEDS, PRODUCT_SEEDS } from '../../src/seed/data';
import { DEMO_INSTITUTION_KEY, DEMO_TOTP_SECRET } from '../../src/seed/data/accounts';
import { BANNER_SEEDS } from '../../src/seed/data/banners';
import { createUser, gqlAs, signedInUser, TEST_INSTITUTION_ID, type TestUserSpec } from './auth';
import { BANK_PRODUCT_ID, insertApplication } from './applications';
import { grantInput, insertConsent } from './consents';
import { insertManagedProduct, insertPendingReview, validProductInput } from './product-management';
import { beginLogin, chooseIdentity, enterpriseIdentities, hostAuthCode, REDIRECT_URI, type RunningMock } from './identity';
import type { TestApp } from './test-app';

/** Every kind of caller the access matrix tries: anonymous, each role, institution staff per permission. */
export const CALLERS = [
  'anonymous',
  'ENTERPRISE',
  'STAFF:INSTITUTION_ADMIN',
  'STAFF:REVIEWER',
  'STAFF:PRODUCT_MANAGER',
  'GOV_OFFICER',
  'OPERATOR',
  'SYSTEM_ADMIN',
  'SECURITY_ADMIN',
  'AUDIT_ADMIN',
] as const;

export type CallerName = (typeof CALLERS)[number];

/** The password of every user the matrix creates (meets the staff password policy). */
export const MATRIX_PASSWORD = 'Matrix#Pass2026';
const NEW_PASSWORD = 'Renewed#Pass2027';

export function callerSpec(name: CallerName): Omit<TestUserSpec, 'passwordHash'> | null {
  if (name === 'anonymous') return null;
  if (name.startsWith('STAFF:')) {
    return { role: Role.INSTITUTION_STAFF, permissions: [name.slice('STAFF:'.length) as InstitutionPermission] };
  }
  return { role: name as Role };
}

/** Shared state of one matrix run. */
export interface MatrixWorld {
  t: TestApp;
  mock: RunningMock;
  /** hashPassword(MATRIX_PASSWORD), computed once. */
  passwordHash: string;
  /** An enterprise the ENTERPRISE caller is bound to. */
  enterpriseId: string;
  /** A staff account of the callers' institution that may be updated. */
  staffAccountId: string;
}

/** One caller in one cell of the matrix. */
export interface FixtureContext {
  world: MatrixWorld;
  caller: CallerName;
  /** Distinct per call, for names that must be unique. */
  unique(prefix: string): string;
}

/**
 * How to call one operation with minimal valid arguments. `variables` may prepare state first (obtain a
 * refresh token, a login challenge), so that only who calls varies between the cells of a row.
 */
export interface OperationFixture {
  document: string;
  variables?: (context: FixtureContext) => Record<string, unknown> | Promise<Record<string, unknown>>;
}

/** Binds the ENTERPRISE caller to a fresh enterprise and creates a staff account to update. */
export async function prepareWorld(world: Omit<MatrixWorld, 'enterpriseId' | 'staffAccountId'>, enterpriseUserId: string): Promise<MatrixWorld> {
  const enterpriseId = randomUUID();
  const now = new Date();
  await world.t.dataSource.manager.insert(EnterpriseEntity, { id: enterpriseId, uscc: syntheticUscc(990_001), name: '矩阵测试企业有限公司', createdAt: now, updatedAt: now });
  await world.t.dataSource.manager.insert(EnterpriseBindingEntity, {
    id: randomUUID(),
    userId: enterpriseUserId,
    enterpriseId,
    relation: EnterpriseRelation.LEGAL_REPRESENTATIVE,
    createdAt: now,
    updatedAt: now,
  });
  const staffAccountId = await createUser(world.t, { role: Role.INSTITUTION_STAFF, permissions: ['REVIEWER'], institutionId: TEST_INSTITUTION_ID });
  return { ...world, enterpriseId, staffAccountId };
}

interface StaffLoginData {
  staffLogin: { step: string; challengeToken: string | null; totpEnrollment: { secret: string } | null };
}

/** Creates a fresh staff account and signs in with its password, returning the challenge of the next step. */
async function staffChallenge(
  context: FixtureContext,
  spec: Omit<TestUserSpec, 'username' | 'passwordHash'>,
): Promise<StaffLoginData['staffLogin']> {
  const username = context.unique('matrix');
  await createUser(context.world.t, { ...spec, username, passwordHash: context.world.passwordHash });
  const response = await gqlAs<StaffLoginData>(
    context.world.t,
    null,
    'mutation ($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { step challengeToken totpEnrollment { secret } } }',
    { u: username, p: MATRIX_PASSWORD },
  );
  if (!response.data?.staffLogin.challengeToken) throw new Error(`staffLogin gave no challenge: ${response.text}`);
  return response.data.staffLogin;
}

const firstProduct = PRODUCT_SEEDS[0]?.key ?? '';
const firstPolicy = POLICY_SEEDS[0]?.key ?? '';
const firstNews = NEWS_SEEDS[0]?.key ?? '';
const STAFF_LOGIN_RESULT = '{ step }';
const BANNER_INPUT = { title: '矩阵测试轮播图', imageUrl: '/assets/banners/supermarket.svg', linkPath: '/pages/market/index' };

/** A banner written directly, for a caller to try to delete. */
async function insertBanner(t: TestApp): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  await t.dataSource.manager.insert(BannerEntity, { id, ...BANNER_INPUT, subtitle: null, sortOrder: 99, startsAt: null, endsAt: null, status: BannerStatus.ACTIVE, createdAt: now, updatedAt: now });
  return id;
}

const MATRIX_CONTENT = { title: '矩阵测试内容', level: PolicyLevel.CITY, summary: '摘要', bodyHtml: '<p>正文</p>' };
const MATRIX_POLICY_INPUT = { ...MATRIX_CONTENT, issuer: '阜阳市地方金融管理局', documentNumber: '', issuedOn: '2026-11-01' };
const MATRIX_NEWS_INPUT = { ...MATRIX_CONTENT, source: '阜阳市地方金融管理局', publishedOn: '2026-11-01' };

/** A policy or news item in the given status, written directly, for the management mutations to act on. */
async function insertContent(world: MatrixWorld, target: typeof PolicyEntity | typeof NewsEntity, status: ContentStatus): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  const common = { ...MATRIX_CONTENT, id, status, version: 1, createdAt: now, updatedAt: now };
  const row =
    target === PolicyEntity
      ? { ...common, issuer: MATRIX_POLICY_INPUT.issuer, documentNumber: '', issuedOn: '2026-11-01', industryCodes: [], scales: [], enterpriseTypes: [] }
      : { ...common, source: MATRIX_NEWS_INPUT.source, publishedOn: '2026-11-01' };
  await world.t.dataSource.manager.insert(target, row);
  return id;
}

const PRODUCT_DRAFT_ARGS = 'mutation ($id: ID!, $input: ProductDraftInput!)';

/** Product management: every cell gets its own product (or review) in the state the operation needs. */
const PRODUCT_MANAGEMENT_FIXTURES: Readonly<Record<string, OperationFixture>> = {
  'Query.myInstitutionProducts': { document: 'query { myInstitutionProducts(first: 1) { totalCount } }' },
  'Query.productDraft': {
    document: 'query ($id: ID!) { productDraft(id: $id) { id } }',
    variables: async ({ world }) => ({ id: await insertManagedProduct(world.t, ProductStatus.DRAFT) }),
  },
  'Query.productReviewQueue': { document: 'query { productReviewQueue(first: 1) { totalCount } }' },
  'Query.productHistory': {
    document: 'query ($id: ID!) { productHistory(id: $id) { id } }',
    variables: async ({ world }) => ({ id: await insertManagedProduct(world.t, ProductStatus.PUBLISHED) }),
  },
  'Mutation.createProductDraft': {
    document: 'mutation ($input: ProductDraftInput!) { createProductDraft(input: $input) { id } }',
    variables: () => ({ input: validProductInput() }),
  },
  'Mutation.updateProductDraft': {
    document: `${PRODUCT_DRAFT_ARGS} { updateProductDraft(id: $id, input: $input) { id } }`,
    variables: async ({ world }) => ({ id: await insertManagedProduct(world.t, ProductStatus.DRAFT), input: validProductInput() }),
  },
  'Mutation.submitProductForReview': {
    document: 'mutation ($id: ID!) { submitProductForReview(id: $id) { id } }',
    variables: async ({ world }) => ({ id: await insertManagedProduct(world.t, ProductStatus.DRAFT) }),
  },
  'Mutation.proposeProductChange': {
    document: `${PRODUCT_DRAFT_ARGS} { proposeProductChange(id: $id, input: $input) { id } }`,
    variables: async ({ world }) => ({ id: await insertManagedProduct(world.t, ProductStatus.PUBLISHED), input: validProductInput() }),
  },
  'Mutation.retireProduct': {
    document: 'mutation ($id: ID!) { retireProduct(id: $id) { id } }',
    variables: async ({ world }) => ({ id: await insertManagedProduct(world.t, ProductStatus.PUBLISHED) }),
  },
  'Mutation.approveProductReview': {
    document: 'mutation ($id: ID!) { approveProductReview(id: $id) { id } }',
    variables: async ({ world }) => ({ id: await insertPendingReview(world.t, world.staffAccountId) }),
  },
  'Mutation.rejectProductReview': {
    document: 'mutation ($id: ID!, $r: String!) { rejectProductReview(id: $id, reason: $r) { id } }',
    variables: async ({ world }) => ({ id: await insertPendingReview(world.t, world.staffAccountId), r: '材料不全' }),
  },
};

/** The consent ledger: the ENTERPRISE caller is the legal representative of the world's enterprise. */
const CONSENT_FIXTURES: Readonly<Record<string, OperationFixture>> = {
  'Query.dataSources': { document: 'query { dataSources { source } }' },
  'Query.consentAgreement': { document: 'query { consentAgreement(purpose: LOAN_APPLICATION) { version sha256 } }' },
  'Query.myDataConsents': { document: 'query { myDataConsents(first: 1) { totalCount } }' },
  'Query.dataUseRecords': { document: 'query { dataUseRecords(first: 1) { totalCount } }' },
  'Query.agentConsentPurposes': { document: 'query { agentConsentPurposes }' },
  'Mutation.grantDataConsent': {
    document: 'mutation ($input: GrantDataConsentInput!) { grantDataConsent(input: $input) { id } }',
    variables: async ({ world }) => ({ input: await grantInput(world.t) }),
  },
  'Mutation.revokeDataConsent': {
    document: 'mutation ($id: ID!) { revokeDataConsent(id: $id) { id } }',
    variables: async ({ world }) => ({ id: await insertConsent(world.t, world.enterpriseId) }),
  },
  'Mutation.updateAgentConsentPurposes': {
    document: 'mutation ($p: [ConsentPurpose!]!) { updateAgentConsentPurposes(purposes: $p) }',
    variables: () => ({ p: ['LOAN_APPLICATION'] }),
  },
};

/** The ENTERPRISE caller of the matrix: the user bound to the world's enterprise. */
async function enterpriseUserOf(world: MatrixWorld): Promise<string> {
  const binding = await world.t.dataSource.manager.findOneByOrFail(EnterpriseBindingEntity, { enterpriseId: world.enterpriseId });
  return binding.userId;
}

/** An application of the world's enterprise (its ENTERPRISE caller the applicant) for the callers' bank, in `state`. */
async function worldApplication(world: MatrixWorld, state: LoanApplicationState): Promise<string> {
  return insertApplication(world.t, { enterpriseId: world.enterpriseId, applicantUserId: await enterpriseUserOf(world), state });
}

/** Loan applications: the applicant side (ENTERPRISE) and the deciding institution's reviewers (the callers' bank). */
const APPLICATION_FIXTURES: Readonly<Record<string, OperationFixture>> = {
  'Query.loanApplication': {
    document: 'query ($id: ID!) { loanApplication(id: $id) { id state } }',
    variables: async ({ world }) => ({ id: await worldApplication(world, LoanApplicationState.SUBMITTED) }),
  },
  'Query.myLoanApplications': { document: 'query { myLoanApplications(first: 1) { totalCount } }' },
  'Query.submissionReadiness': {
    document: 'query ($id: ID!) { submissionReadiness(id: $id) { ready } }',
    variables: async ({ world }) => ({ id: await worldApplication(world, LoanApplicationState.DRAFT) }),
  },
  'Query.institutionLoanApplications': { document: 'query { institutionLoanApplications(first: 1) { totalCount } }' },
  'Query.loanRepaymentQuote': {
    document: 'query ($a: ID!, $d: ID!) { loanRepaymentQuote(applicationId: $a, drawdownId: $d, kind: INSTALMENT) { amountFen } }',
    variables: () => ({ a: randomUUID(), d: randomUUID() }),
  },
  'Mutation.createLoanApplication': {
    document: 'mutation ($input: CreateLoanApplicationInput!) { createLoanApplication(input: $input) { id } }',
    variables: () => ({ input: { productId: BANK_PRODUCT_ID, idempotencyKey: randomUUID() } }),
  },
  'Mutation.updateLoanApplicationDraft': {
    document: 'mutation ($id: ID!) { updateLoanApplicationDraft(id: $id, input: { amountFen: 20000000 }) { id } }',
    variables: async ({ world }) => ({ id: await worldApplication(world, LoanApplicationState.DRAFT) }),
  },
  'Mutation.attachApplicationMaterial': {
    document: 'mutation ($input: AttachApplicationMaterialInput!) { attachApplicationMaterial(input: $input) { id } }',
    variables: () => ({ input: { applicationId: randomUUID(), materialName: '营业执照', fileId: randomUUID() } }),
  },
  'Mutation.removeApplicationMaterial': {
    document: 'mutation ($id: ID!) { removeApplicationMaterial(materialId: $id) }',
    variables: () => ({ id: randomUUID() }),
  },
  'Mutation.submitLoanApplication': {
    document: 'mutation ($input: SubmitLoanApplicationInput!) { submitLoanApplication(input: $input) { id } }',
    variables: () => ({ input: { applicationId: randomUUID(), idempotencyKey: randomUUID() } }),
  },
  'Mutation.withdrawLoanApplication': {
    document: 'mutation ($id: ID!) { withdrawLoanApplication(id: $id) { id } }',
    variables: async ({ world }) => ({ id: await worldApplication(world, LoanApplicationState.DRAFT) }),
  },
  'Mutation.signLoanContract': {
    document: 'mutation ($input: SignLoanContractInput!) { signLoanContract(input: $input) { id } }',
    variables: () => ({ input: { applicationId: randomUUID(), contractSha256: '0'.repeat(64), verificationPath: 'COUNTER' } }),
  },
  'Mutation.requestLoanDrawdown': {
    document: 'mutation ($input: RequestLoanDrawdownInput!) { requestLoanDrawdown(input: $input) { id } }',
    variables: () => ({ input: { applicationId: randomUUID(), amountFen: 1000000, termMonths: 3, idempotencyKey: randomUUID() } }),
  },
  'Mutation.requestLoanRepayment': {
    document: 'mutation ($input: RequestLoanRepaymentInput!) { requestLoanRepayment(input: $input) { id } }',
    variables: () => ({ input: { applicationId: randomUUID(), drawdownId: randomUUID(), kind: 'INSTALMENT', idempotencyKey: randomUUID() } }),
  },
  'Mutation.acceptLoanApplication': {
    document: 'mutation ($id: ID!) { acceptLoanApplication(id: $id) { id } }',
    variables: async ({ world }) => ({ id: await worldApplication(world, LoanApplicationState.SUBMITTED) }),
  },
  'Mutation.approveLoanApplication': {
    document: 'mutation ($id: ID!, $input: ApproveLoanApplicationInput!) { approveLoanApplication(id: $id, input: $input) { id } }',
    variables: () => ({ id: randomUUID(), input: { approvedAmountFen: 50000000, rateBp: 420, termMonths: 12, repaymentMethod: 'EQUAL_INSTALLMENT' } }),
  },
  'Mutation.rejectLoanApplication': {
    document: 'mutation ($id: ID!) { rejectLoanApplication(id: $id, input: { reasonCode: OTHER, reasonText: "矩阵测试拒绝" }) { id } }',
    variables: async ({ world }) => ({ id: await worldApplication(world, LoanApplicationState.SUBMITTED) }),
  },
  'Mutation.recordCounterVerification': {
    document: 'mutation ($input: RecordCounterVerificationInput!) { recordCounterVerification(input: $input) { id } }',
    variables: () => ({ input: { applicationNumber: 'RT29991231999999', residentId: '34120219900307001X', purpose: 'SUBMISSION' } }),
  },
  'Mutation.recordLoanDisbursement': {
    document: 'mutation ($input: RecordLoanDisbursementInput!) { recordLoanDisbursement(input: $input) { id } }',
    variables: () => ({ input: { applicationId: randomUUID(), bankReference: 'MATRIX0001' } }),
  },
  'Mutation.recordLoanRepayment': {
    document: 'mutation ($input: RecordLoanRepaymentInput!) { recordLoanRepayment(input: $input) { id } }',
    variables: () => ({ input: { applicationId: randomUUID(), repaymentId: randomUUID(), bankReference: 'MATRIX0002' } }),
  },
  'Mutation.settleLoanApplication': {
    document: 'mutation ($id: ID!) { settleLoanApplication(id: $id) { id } }',
    variables: () => ({ id: randomUUID() }),
  },
  'Subscription.loanApplicationEvents': { document: 'subscription { loanApplicationEvents { eventId applicationId action } }' },
  // Face verification: the applicant in person (the ids are unknown: NOT_FOUND once through the guard).
  'Query.biometricConsentAgreement': { document: 'query { biometricConsentAgreement { version sha256 } }' },
  'Mutation.acceptBiometricConsent': {
    document: 'mutation ($input: AcceptBiometricConsentInput!) { acceptBiometricConsent(input: $input) { version } }',
    variables: () => ({ input: { version: BIOMETRIC_CONSENT_VERSION, sha256: BIOMETRIC_CONSENT_SHA256 } }),
  },
  'Mutation.recognizeIdCard': {
    document: 'mutation ($input: RecognizeIdCardInput!) { recognizeIdCard(input: $input) { side } }',
    variables: () => ({ input: { applicationId: randomUUID(), side: 'FRONT', fileId: randomUUID() } }),
  },
  'Mutation.startFaceVerification': {
    document: 'mutation ($input: StartFaceVerificationInput!) { startFaceVerification(input: $input) { certifyId } }',
    variables: () => ({ input: { applicationId: randomUUID(), purpose: 'APPLY' } }),
  },
  'Query.faceVerification': { document: 'query { faceVerification(certifyId: "00000000000000000000000000000000") { state } }' },
  'Subscription.faceVerificationResult': { document: 'subscription { faceVerificationResult(certifyId: "00000000000000000000000000000000") { eventId } }' },
};

/** Add a row here when an operation is added to the schema (the matrix test fails until there is one). */
export const OPERATION_FIXTURES: Readonly<Record<string, OperationFixture>> = {
  'Query.institutions': { document: 'query { institutions(first: 1) { totalCount } }' },
  'Query.institutionFacets': { document: 'query { institutionFacets { total } }' },
  'Query.institution': {
    document: 'query ($id: ID!) { institution(id: $id) { id } }',
    variables: () => ({ id: seedId('institution', DEMO_INSTITUTION_KEY) }),
  },
  'Query.products': { document: 'query { products(first: 1) { totalCount } }' },
  'Query.productFacets': { document: 'query { productFacets { onlineApply } }' },
  'Query.product': { document: 'query ($id: ID!) { product(id: $id) { id } }', variables: () => ({ id: seedId('product', firstProduct) }) },
  'Query.policies': { document: 'query { policies(first: 1) { totalCount } }' },
  'Query.policy': { document: 'query ($id: ID!) { policy(id: $id) { id } }', variables: () => ({ id: seedId('policy', firstPolicy) }) },
  'Query.newsList': { document: 'query { newsList(first: 1) { totalCount } }' },
  'Query.news': { document: 'query ($id: ID!) { news(id: $id) { id } }', variables: () => ({ id: seedId('news', firstNews) }) },
  'Query.faqs': { document: 'query { faqs { id } }' },
  'Query.recommendProducts': {
    document: 'query { recommendProducts(input: { amountFen: 100000000, termMonths: 12 }) { recommended { score } } }',
  },
  'Query.homeBanners': { document: 'query { homeBanners { id } }' },
  'Query.banners': { document: 'query { banners { id } }' },
  'Mutation.createBanner': {
    document: 'mutation ($input: BannerInput!) { createBanner(input: $input) { id } }',
    variables: () => ({ input: BANNER_INPUT }),
  },
  'Mutation.updateBanner': {
    document: 'mutation ($id: ID!, $input: BannerInput!) { updateBanner(id: $id, input: $input) { id } }',
    variables: () => ({ id: seedId('banner', BANNER_SEEDS[0].key), input: { ...BANNER_INPUT, sortOrder: 1 } }),
  },
  'Mutation.deleteBanner': {
    document: 'mutation ($id: ID!) { deleteBanner(id: $id) }',
    variables: async ({ world }) => ({ id: await insertBanner(world.t) }),
  },
  'Mutation.reorderBanners': {
    document: 'mutation ($ids: [ID!]!) { reorderBanners(ids: $ids) { id } }',
    variables: async ({ world }) => ({ ids: (await world.t.dataSource.manager.find(BannerEntity, { order: { sortOrder: 'ASC', id: 'ASC' } })).map((row) => row.id) }),
  },
  'Query.managedPolicies': { document: 'query { managedPolicies(first: 1) { totalCount } }' },
  'Query.managedPolicy': {
    document: 'query ($id: ID!) { managedPolicy(id: $id) { id } }',
    variables: () => ({ id: seedId('policy', firstPolicy) }),
  },
  'Query.managedNewsList': { document: 'query { managedNewsList(first: 1) { totalCount } }' },
  'Query.managedNews': { document: 'query ($id: ID!) { managedNews(id: $id) { id } }', variables: () => ({ id: seedId('news', firstNews) }) },
  'Query.myPolicyPush': { document: 'query { myPolicyPush { reasonText } }' },
  'Query.myMessages': { document: 'query { myMessages(first: 1) { totalCount } }' },
  'Query.unreadMessageCount': { document: 'query { unreadMessageCount }' },
  'Subscription.messageReceived': { document: 'subscription { messageReceived { eventId } }' },
  'Subscription.unreadMessageCount': { document: 'subscription { unreadMessageCount }' },
  'Mutation.createPolicy': {
    document: 'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }',
    variables: () => ({ input: MATRIX_POLICY_INPUT }),
  },
  'Mutation.updatePolicy': {
    document: 'mutation ($id: ID!, $input: PolicyInput!) { updatePolicy(id: $id, expectedVersion: 1, input: $input) { id } }',
    variables: async ({ world }) => ({ id: await insertContent(world, PolicyEntity, ContentStatus.DRAFT), input: MATRIX_POLICY_INPUT }),
  },
  'Mutation.publishPolicy': {
    document: 'mutation ($id: ID!) { publishPolicy(id: $id) { notifiedUserCount } }',
    variables: async ({ world }) => ({ id: await insertContent(world, PolicyEntity, ContentStatus.DRAFT) }),
  },
  'Mutation.withdrawPolicy': {
    document: 'mutation ($id: ID!) { withdrawPolicy(id: $id) { id } }',
    variables: async ({ world }) => ({ id: await insertContent(world, PolicyEntity, ContentStatus.PUBLISHED) }),
  },
  'Mutation.createNews': {
    document: 'mutation ($input: NewsInput!) { createNews(input: $input) { id } }',
    variables: () => ({ input: MATRIX_NEWS_INPUT }),
  },
  'Mutation.updateNews': {
    document: 'mutation ($id: ID!, $input: NewsInput!) { updateNews(id: $id, expectedVersion: 1, input: $input) { id } }',
    variables: async ({ world }) => ({ id: await insertContent(world, NewsEntity, ContentStatus.DRAFT), input: MATRIX_NEWS_INPUT }),
  },
  'Mutation.publishNews': {
    document: 'mutation ($id: ID!) { publishNews(id: $id) { id } }',
    variables: async ({ world }) => ({ id: await insertContent(world, NewsEntity, ContentStatus.DRAFT) }),
  },
  'Mutation.withdrawNews': {
    document: 'mutation ($id: ID!) { withdrawNews(id: $id) { id } }',
    variables: async ({ world }) => ({ id: await insertContent(world, NewsEntity, ContentStatus.PUBLISHED) }),
  },
  'Mutation.markMessagesRead': { document: 'mutation ($ids: [ID!]!) { markMessagesRead(ids: $ids) }', variables: () => ({ ids: [randomUUID()] }) },
  'Query.me': { document: 'query { me { id role institution { id } enterprises { relation } activeEnterprise { id } } }' },
  'Query.auditLogs': { document: 'query { auditLogs(first: 1) { totalCount } }' },
  'Query.staffAccounts': { document: 'query { staffAccounts { id } }' },

  'Mutation.refreshSession': {
    document: 'mutation ($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { accessToken } }',
    variables: async ({ world }) => ({ refreshToken: (await signedInUser(world.t, { role: Role.ENTERPRISE })).tokens.refreshToken }),
  },
  'Mutation.logout': { document: 'mutation { logout }' },

  'Mutation.beginUnifiedLogin': {
    document: 'mutation ($r: String!) { beginUnifiedLogin(redirectUri: $r) { state } }',
    variables: () => ({ r: REDIRECT_URI }),
  },
  'Mutation.completeUnifiedLogin': {
    document: 'mutation ($s: String!, $c: String!) { completeUnifiedLogin(state: $s, code: $c) { accessToken } }',
    variables: async ({ world }) => {
      const { authorizeUrl } = await beginLogin(world.t);
      const { state, code } = await chooseIdentity(authorizeUrl, enterpriseIdentities()[0]?.sub ?? '');
      return { s: state, c: code };
    },
  },
  'Mutation.hostLogin': {
    document: 'mutation ($c: String!) { hostLogin(authCode: $c) { accessToken } }',
    variables: async ({ world }) => ({ c: await hostAuthCode(world.mock, { sub: enterpriseIdentities()[0]?.sub }) }),
  },
  'Mutation.switchEnterprise': {
    document: 'mutation ($id: ID!) { switchEnterprise(enterpriseId: $id) { id activeEnterprise { id } } }',
    variables: ({ world }) => ({ id: world.enterpriseId }),
  },
  ...CONSENT_FIXTURES,
  'Mutation.refreshGovernmentData': {
    document: 'mutation ($id: ID!) { refreshGovernmentData(enterpriseId: $id) { enterpriseId sources { outcome } } }',
    variables: ({ world }) => ({ id: world.enterpriseId }),
  },

  'Mutation.staffLogin': {
    document: `mutation ($u: String!, $p: String!) { staffLogin(username: $u, password: $p) ${STAFF_LOGIN_RESULT} }`,
    variables: async (context) => {
      const username = context.unique('matrix');
      await createUser(context.world.t, { role: Role.GOV_OFFICER, username, passwordHash: context.world.passwordHash });
      return { u: username, p: MATRIX_PASSWORD };
    },
  },
  'Mutation.staffVerifyTotp': {
    document: `mutation ($t: String!, $c: String!) { staffVerifyTotp(challengeToken: $t, code: $c) ${STAFF_LOGIN_RESULT} }`,
    variables: async (context) => {
      const challenge = await staffChallenge(context, { role: Role.OPERATOR, totpSecret: DEMO_TOTP_SECRET });
      return { t: challenge.challengeToken, c: totpCode(DEMO_TOTP_SECRET, Date.now()) };
    },
  },
  'Mutation.staffConfirmTotpEnrollment': {
    document: `mutation ($t: String!, $c: String!) { staffConfirmTotpEnrollment(challengeToken: $t, code: $c) ${STAFF_LOGIN_RESULT} }`,
    variables: async (context) => {
      const challenge = await staffChallenge(context, { role: Role.OPERATOR });
      return { t: challenge.challengeToken, c: totpCode(challenge.totpEnrollment?.secret ?? '', Date.now()) };
    },
  },
  'Mutation.staffChangeInitialPassword': {
    document: `mutation ($t: String!, $p: String!) { staffChangeInitialPassword(challengeToken: $t, newPassword: $p) ${STAFF_LOGIN_RESULT} }`,
    variables: async (context) => {
      const challenge = await staffChallenge(context, { role: Role.GOV_OFFICER, mustChangePassword: true });
      return { t: challenge.challengeToken, p: NEW_PASSWORD };
    },
  },
  'Mutation.changePassword': {
    document: 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
    variables: () => ({ c: MATRIX_PASSWORD, n: NEW_PASSWORD }),
  },
  'Mutation.createStaffAccount': {
    document: 'mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { account { id } } }',
    variables: (context) => ({
      input: {
        username: context.unique('created'),
        displayName: '矩阵新建审批员',
        role: Role.INSTITUTION_STAFF,
        permissions: ['REVIEWER'],
        institutionId: TEST_INSTITUTION_ID,
      },
    }),
  },
  'Mutation.updateStaffAccount': {
    document: 'mutation ($id: ID!, $input: UpdateStaffAccountInput!) { updateStaffAccount(id: $id, input: $input) { id } }',
    variables: (context) => ({ id: context.world.staffAccountId, input: { displayName: context.unique('审批员') } }),
  },
  'Mutation.unlockStaffAccount': {
    document: 'mutation ($id: ID!) { unlockStaffAccount(id: $id) { id } }',
    variables: (context) => ({ id: context.world.staffAccountId }),
  },
  'Mutation.resetStaffTotp': {
    document: 'mutation ($id: ID!) { resetStaffTotp(id: $id) { id } }',
    // The seeded system administrator has an authenticator; only the security administrator's cell resets it.
    variables: () => ({ id: seedId('account', 'sys-admin') }),
  },
  ...PRODUCT_MANAGEMENT_FIXTURES,
  ...APPLICATION_FIXTURES,
};
