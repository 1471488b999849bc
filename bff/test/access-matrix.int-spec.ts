import { GraphQLSchemaHost } from '@nestjs/graphql';
import { hashPassword } from '../src/infra/crypto/password';
import { createUser, errorCode, gqlAs, signIn } from './support/auth';
import {
  CALLERS,
  callerSpec,
  MATRIX_PASSWORD,
  OPERATION_FIXTURES,
  prepareWorld,
  type CallerName,
  type FixtureContext,
  type MatrixWorld,
} from './support/access-fixtures';
import { startMock, type RunningMock } from './support/identity';
import { subscribeOnce } from './support/live';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const SIGNED_IN = CALLERS.filter((caller) => caller !== 'anonymous');
const EVERYONE = CALLERS;
const STAFF = SIGNED_IN.filter((caller) => caller !== 'ENTERPRISE');
const STAFF_MANAGERS: readonly CallerName[] = ['STAFF:INSTITUTION_ADMIN', 'OPERATOR', 'SYSTEM_ADMIN'];

/**
 * Who may call what, written by hand from the identity and access design (identity.md) — not read from
 * the decorators. The test runs every operation as every caller and compares with this table.
 */
const EXPECTED: Readonly<Record<string, readonly CallerName[]>> = {
  'Query.institutions': EVERYONE,
  'Query.institution': EVERYONE,
  'Query.institutionFacets': EVERYONE,
  'Query.products': EVERYONE,
  'Query.productFacets': EVERYONE,
  'Query.product': EVERYONE,
  'Query.recommendProducts': EVERYONE,
  'Query.policies': EVERYONE,
  'Query.policy': EVERYONE,
  'Query.newsList': EVERYONE,
  'Query.news': EVERYONE,
  'Query.faqs': EVERYONE,
  'Query.homeBanners': EVERYONE,
  'Query.banners': ['OPERATOR'],
  'Mutation.createBanner': ['OPERATOR'],
  'Mutation.updateBanner': ['OPERATOR'],
  'Mutation.deleteBanner': ['OPERATOR'],
  'Mutation.reorderBanners': ['OPERATOR'],
  'Query.managedPolicies': ['OPERATOR'],
  'Query.managedPolicy': ['OPERATOR'],
  'Query.managedNewsList': ['OPERATOR'],
  'Query.managedNews': ['OPERATOR'],
  'Query.myPolicyPush': ['ENTERPRISE'],
  'Query.myMessages': SIGNED_IN,
  'Query.unreadMessageCount': SIGNED_IN,
  'Subscription.messageReceived': SIGNED_IN,
  'Subscription.unreadMessageCount': SIGNED_IN,
  'Mutation.createPolicy': ['OPERATOR'],
  'Mutation.updatePolicy': ['OPERATOR'],
  'Mutation.publishPolicy': ['OPERATOR'],
  'Mutation.withdrawPolicy': ['OPERATOR'],
  'Mutation.createNews': ['OPERATOR'],
  'Mutation.updateNews': ['OPERATOR'],
  'Mutation.publishNews': ['OPERATOR'],
  'Mutation.withdrawNews': ['OPERATOR'],
  'Mutation.markMessagesRead': SIGNED_IN,
  'Query.me': SIGNED_IN,
  'Query.auditLogs': ['AUDIT_ADMIN'],
  'Query.staffAccounts': [...STAFF_MANAGERS, 'SECURITY_ADMIN'],
  'Mutation.refreshSession': EVERYONE,
  'Mutation.logout': SIGNED_IN,
  'Mutation.beginUnifiedLogin': EVERYONE,
  'Mutation.completeUnifiedLogin': EVERYONE,
  'Mutation.hostLogin': EVERYONE,
  'Mutation.switchEnterprise': ['ENTERPRISE'],
  'Query.dataSources': EVERYONE,
  'Query.consentAgreement': EVERYONE,
  'Query.myDataConsents': ['ENTERPRISE'],
  'Query.dataUseRecords': ['ENTERPRISE'],
  'Query.agentConsentPurposes': ['ENTERPRISE'],
  'Mutation.grantDataConsent': ['ENTERPRISE'],
  'Mutation.revokeDataConsent': ['ENTERPRISE'],
  'Mutation.updateAgentConsentPurposes': ['ENTERPRISE'],
  'Mutation.refreshGovernmentData': ['ENTERPRISE'],
  'Mutation.staffLogin': EVERYONE,
  'Mutation.staffVerifyTotp': EVERYONE,
  'Mutation.staffConfirmTotpEnrollment': EVERYONE,
  'Mutation.staffChangeInitialPassword': EVERYONE,
  'Mutation.changePassword': STAFF,
  'Mutation.createStaffAccount': STAFF_MANAGERS,
  'Mutation.updateStaffAccount': STAFF_MANAGERS,
  'Mutation.unlockStaffAccount': ['SECURITY_ADMIN'],
  'Mutation.resetStaffTotp': ['SECURITY_ADMIN'],
  'Query.myInstitutionProducts': ['STAFF:PRODUCT_MANAGER'],
  'Query.productDraft': ['STAFF:PRODUCT_MANAGER'],
  'Query.productReviewQueue': ['OPERATOR'],
  'Query.productHistory': ['STAFF:PRODUCT_MANAGER', 'OPERATOR'],
  'Mutation.createProductDraft': ['STAFF:PRODUCT_MANAGER'],
  'Mutation.updateProductDraft': ['STAFF:PRODUCT_MANAGER'],
  'Mutation.submitProductForReview': ['STAFF:PRODUCT_MANAGER'],
  'Mutation.proposeProductChange': ['STAFF:PRODUCT_MANAGER'],
  'Mutation.retireProduct': ['STAFF:PRODUCT_MANAGER'],
  'Mutation.approveProductReview': ['OPERATOR'],
  'Mutation.rejectProductReview': ['OPERATOR'],
  'Query.loanApplication': ['ENTERPRISE', 'STAFF:REVIEWER'],
  'Query.myLoanApplications': ['ENTERPRISE'],
  'Query.submissionReadiness': ['ENTERPRISE'],
  'Query.institutionLoanApplications': ['STAFF:REVIEWER'],
  'Query.loanRepaymentQuote': ['ENTERPRISE', 'STAFF:REVIEWER'],
  'Mutation.createLoanApplication': ['ENTERPRISE'],
  'Mutation.updateLoanApplicationDraft': ['ENTERPRISE'],
  'Mutation.attachApplicationMaterial': ['ENTERPRISE'],
  'Mutation.removeApplicationMaterial': ['ENTERPRISE'],
  'Mutation.submitLoanApplication': ['ENTERPRISE'],
  'Mutation.withdrawLoanApplication': ['ENTERPRISE'],
  'Mutation.signLoanContract': ['ENTERPRISE'],
  'Mutation.requestLoanDrawdown': ['ENTERPRISE'],
  'Mutation.requestLoanRepayment': ['ENTERPRISE'],
  'Mutation.acceptLoanApplication': ['STAFF:REVIEWER'],
  'Mutation.approveLoanApplication': ['STAFF:REVIEWER'],
  'Mutation.rejectLoanApplication': ['STAFF:REVIEWER'],
  'Mutation.recordCounterVerification': ['STAFF:REVIEWER'],
  'Mutation.recordLoanDisbursement': ['STAFF:REVIEWER'],
  'Mutation.recordLoanRepayment': ['STAFF:REVIEWER'],
  'Mutation.settleLoanApplication': ['STAFF:REVIEWER'],
  'Subscription.loanApplicationEvents': ['ENTERPRISE', 'STAFF:REVIEWER'],
  'Query.biometricConsentAgreement': ['ENTERPRISE'],
  'Mutation.acceptBiometricConsent': ['ENTERPRISE'],
  'Mutation.recognizeIdCard': ['ENTERPRISE'],
  'Mutation.startFaceVerification': ['ENTERPRISE'],
  'Query.faceVerification': ['ENTERPRISE'],
  'Subscription.faceVerificationResult': ['ENTERPRISE'],
};

interface Outcome {
  allowed: boolean;
  code: string;
}

function schemaOperations(t: TestApp): string[] {
  const schema = t.app.get(GraphQLSchemaHost).schema;
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .flatMap((type) => (type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : []))
    .sort();
}

const SHORT: Record<CallerName, string> = {
  anonymous: 'anon',
  ENTERPRISE: 'ENT',
  'STAFF:INSTITUTION_ADMIN': 'S:ADM',
  'STAFF:REVIEWER': 'S:REV',
  'STAFF:PRODUCT_MANAGER': 'S:PM',
  GOV_OFFICER: 'GOV',
  OPERATOR: 'OPS',
  SYSTEM_ADMIN: 'SYS',
  SECURITY_ADMIN: 'SEC',
  AUDIT_ADMIN: 'AUD',
};

/** ✓ allowed, ✗ denied; a cell that differs from EXPECTED carries a ≠. */
function renderTable(title: string, results: ReadonlyMap<string, ReadonlyMap<CallerName, Outcome>>): string {
  const width = Math.max(...[...results.keys()].map((operation) => operation.length));
  const header = `${'operation'.padEnd(width)}  ${CALLERS.map((caller) => SHORT[caller].padEnd(6)).join('')}`;
  const lines = [...results].map(([operation, row]) => {
    const cells = CALLERS.map((caller) => {
      const outcome = row.get(caller);
      const differs = outcome !== undefined && outcome.allowed !== (EXPECTED[operation]?.includes(caller) ?? false);
      return `${outcome?.allowed ? '✓' : '✗'}${differs ? '≠' : ''}`.padEnd(6);
    });
    return `${operation.padEnd(width)}  ${cells.join('')}`;
  });
  return `\n${title}\n${header}\n${lines.join('\n')}\n`;
}

describe.each(DIALECTS)('access matrix (%s)', (dialect) => {
  let t: TestApp;
  let mock: RunningMock;
  let world: MatrixWorld;
  let operations: string[];
  const users = new Map<CallerName, string | null>();
  const results = new Map<string, Map<CallerName, Outcome>>();
  let counter = 0;

  beforeAll(async () => {
    mock = await startMock();
    t = await createTestApp({ dialect, seed: true, env: { MOCK_SERVER_URL: mock.url } });
    operations = schemaOperations(t);
    const passwordHash = await hashPassword(MATRIX_PASSWORD);
    for (const caller of CALLERS) {
      const spec = callerSpec(caller);
      users.set(caller, spec ? await createUser(t, { ...spec, passwordHash }) : null);
    }
    world = await prepareWorld({ t, mock, passwordHash }, users.get('ENTERPRISE') ?? '');
  });

  afterAll(async () => {
    if (results.size > 0) process.stdout.write(renderTable(`access matrix (${dialect})`, results));
    await t?.close();
    await mock?.close();
  });

  /** A fresh session per cell, so an operation that ends sessions (logout, changePassword) cannot affect the next. */
  async function call(operation: string, caller: CallerName): Promise<Outcome> {
    const fixture = OPERATION_FIXTURES[operation];
    if (!fixture) throw new Error(`no fixture for ${operation}`);
    const userId = users.get(caller) ?? null;
    // The enterprise user acts for the enterprise it is bound to, as after a 法人登录.
    const token = userId ? (await signIn(t, userId, caller === 'ENTERPRISE' ? world.enterpriseId : null)).accessToken : null;
    const context: FixtureContext = { world, caller, unique: (prefix) => `${prefix}${(counter += 1)}${dialect}` };
    const variables = fixture.variables ? await fixture.variables(context) : undefined;
    // Subscriptions run over the graphql-ws socket, behind the same guard.
    const response = operation.startsWith('Subscription.')
      ? await subscribeOnce(t.http, token, fixture.document, variables)
      : await gqlAs(t, token, fixture.document, variables);
    const code = errorCode(response) ?? 'OK';
    if (code === 'INTERNAL_SERVER_ERROR' || code === 'BAD_USER_INPUT') {
      throw new Error(`${operation} as ${caller}: the fixture's arguments are not valid (${response.text})`);
    }
    return { allowed: code !== 'UNAUTHENTICATED' && code !== 'FORBIDDEN', code };
  }

  it('has a hand-written expectation and a fixture for every operation in the schema', () => {
    expect(operations.filter((operation) => !(operation in EXPECTED))).toEqual([]);
    expect(operations.filter((operation) => !(operation in OPERATION_FIXTURES))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((operation) => !operations.includes(operation))).toEqual([]);
  });

  it('lets exactly the expected callers through, for every operation and every caller', async () => {
    const mismatches: string[] = [];
    for (const operation of operations.filter((candidate) => candidate in OPERATION_FIXTURES)) {
      const row = new Map<CallerName, Outcome>();
      for (const caller of CALLERS) {
        const outcome = await call(operation, caller);
        row.set(caller, outcome);
        if (outcome.allowed !== (EXPECTED[operation]?.includes(caller) ?? false)) {
          mismatches.push(`${operation} as ${caller}: expected ${outcome.allowed ? 'denied' : 'allowed'}, got ${outcome.code}`);
        }
      }
      results.set(operation, row);
    }
    expect(mismatches).toEqual([]);
    // Every operation × every caller, each with a fresh session: minutes on a busy machine.
  }, 600_000);
});
