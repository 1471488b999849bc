import { ConsentGranteeKind, ConsentPurpose, DataSource, Role, syntheticUscc } from '@rongtong/shared';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { seedId } from '../../src/infra/database/deterministic-id';
import { EnterpriseRelation } from '../../src/modules/enterprises/enterprise-relation';
import { EnterprisesService } from '../../src/modules/enterprises/enterprises.service';
import type { GrantRequest } from '../../src/modules/consents/consent-rules';
import { DataConsentEntity } from '../../src/modules/consents/data-consent.entity';
import { createUser, gqlAs, signIn } from './auth';
import type { GraphqlResponse, TestApp } from './test-app';

/** A seeded, listed bank with a published product, and another listed institution. */
export const BANK_ID = seedId('institution', 'yinghuai-rcb');
export const BANK_PRODUCT_ID = seedId('product', 'yinghuai-tax-easy-loan');
export const OTHER_BANK_ID = seedId('institution', 'huize-bank-fuyang');

export const CONSENT_FIELDS = `id reference status sources purpose granteeKind granteeInstitutionId granteeName productId productName
  grantorRelation grantedByName agreementVersion agreementSha256 grantedAt expiresAt revokedAt`;

export const GRANT = `mutation($input: GrantDataConsentInput!) { grantDataConsent(input: $input) { ${CONSENT_FIELDS} } }`;
export const REVOKE = `mutation($id: ID!) { revokeDataConsent(id: $id) { ${CONSENT_FIELDS} } }`;
export const MY_CONSENTS = `query($status: ConsentStatus, $first: Int, $after: String) {
  myDataConsents(status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${CONSENT_FIELDS} } } } }`;
export const DATA_USE = `query($first: Int, $after: String) { dataUseRecords(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id kind source purpose consentId consentReference institutionId partyName actorName outcome detail occurredAt } } } }`;
export const AGREEMENT = 'query($p: ConsentPurpose!) { consentAgreement(purpose: $p) { purpose version title text sha256 publishedAt } }';
export const AGENT_PURPOSES = 'query { agentConsentPurposes }';
export const UPDATE_AGENT_PURPOSES = 'mutation($p: [ConsentPurpose!]!) { updateAgentConsentPurposes(purposes: $p) }';

export interface ConsentData {
  id: string;
  reference: string;
  status: string;
  sources: string[];
  purpose: string;
  granteeKind: string;
  granteeInstitutionId: string | null;
  granteeName: string;
  productId: string | null;
  productName: string | null;
  grantorRelation: string;
  grantedByName: string;
  agreementVersion: string;
  agreementSha256: string;
  grantedAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface DataUseData {
  id: string;
  kind: string;
  source: string | null;
  purpose: string;
  consentId: string;
  consentReference: string;
  institutionId: string | null;
  partyName: string;
  actorName: string | null;
  outcome: string;
  detail: string | null;
  occurredAt: string;
}

export interface AgreementData {
  purpose: string;
  version: string;
  title: string;
  text: string;
  sha256: string;
  publishedAt: string;
}

/** A user signed in for an enterprise they are bound to. */
export interface EnterpriseActor {
  userId: string;
  enterpriseId: string;
  token: string;
}

let usccCounter = 0;

/** A new enterprise (a synthetic, checksum-valid USCC, distinct per call) through EnterprisesService, as a login creates one. */
export async function createEnterprise(t: TestApp, name = '测试数据授权企业有限公司'): Promise<string> {
  const uscc = syntheticUscc(700_000 + usccCounter++);
  const enterprise = await t.dataSource.transaction((manager) => t.app.get(EnterprisesService).upsertFromIdentity(manager, { uscc, name }));
  return enterprise.id;
}

/** A new ENTERPRISE user bound to the enterprise (a new one unless given), signed in acting for it. */
export async function enterpriseActor(
  t: TestApp,
  options: { relation?: EnterpriseRelation; enterpriseId?: string; displayName?: string } = {},
): Promise<EnterpriseActor> {
  const enterpriseId = options.enterpriseId ?? (await createEnterprise(t));
  const userId = await createUser(t, { role: Role.ENTERPRISE, displayName: options.displayName ?? '张三丰' });
  await t.dataSource.transaction((manager) =>
    t.app.get(EnterprisesService).bind(manager, userId, enterpriseId, options.relation ?? EnterpriseRelation.LEGAL_REPRESENTATIVE),
  );
  return { userId, enterpriseId, token: (await signIn(t, userId, enterpriseId)).accessToken };
}

export async function currentAgreement(t: TestApp, purpose: ConsentPurpose): Promise<AgreementData> {
  const response = await gqlAs<{ consentAgreement: AgreementData }>(t, null, AGREEMENT, { p: purpose });
  if (!response.data?.consentAgreement) throw new Error(`no agreement: ${response.text}`);
  return response.data.consentAgreement;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function idempotencyKey(): string {
  return randomBytes(16).toString('base64url');
}

/** A grant as a client may send it: the enum fields as any text (a hostile client sends unknown ones). */
export type GrantInput = Omit<GrantRequest, 'sources' | 'purpose' | 'granteeKind'> & { sources: string[]; purpose: string; granteeKind: string };

/** A valid grant of market registration and tax to the platform for policy matching, with the agreement shown. */
export async function grantInput(t: TestApp, overrides: Partial<GrantInput> = {}): Promise<GrantInput> {
  const purpose = (overrides.purpose ?? ConsentPurpose.POLICY_MATCHING) as ConsentPurpose;
  const agreement = await currentAgreement(t, purpose);
  return {
    sources: [DataSource.MARKET_REGISTRATION, DataSource.TAX],
    purpose,
    granteeKind: ConsentGranteeKind.PLATFORM,
    agreementVersion: agreement.version,
    agreementSha256: sha256Hex(agreement.text),
    idempotencyKey: idempotencyKey(),
    ...overrides,
  };
}

export function grant(t: TestApp, actor: Pick<EnterpriseActor, 'token'>, input: GrantInput): Promise<GraphqlResponse<{ grantDataConsent: ConsentData }>> {
  return gqlAs(t, actor.token, GRANT, { input });
}

/** Grants and answers the consent; throws when refused. */
export async function granted(t: TestApp, actor: Pick<EnterpriseActor, 'token'>, overrides: Partial<GrantInput> = {}): Promise<ConsentData> {
  const response = await grant(t, actor, await grantInput(t, overrides));
  if (!response.data?.grantDataConsent) throw new Error(`grant refused: ${response.text}`);
  return response.data.grantDataConsent;
}

/** A consent row written directly (for tests that need one in a state the API does not make, e.g. to revoke). */
export async function insertConsent(t: TestApp, enterpriseId: string, grantedByUserId?: string): Promise<string> {
  const agreement = await currentAgreement(t, ConsentPurpose.POLICY_MATCHING);
  const id = randomUUID();
  const now = new Date();
  await t.dataSource.manager.insert(DataConsentEntity, {
    id,
    reference: `RTC-${randomBytes(24).toString('base64url')}`,
    enterpriseId,
    grantedByUserId: grantedByUserId ?? (await createUser(t, { role: Role.ENTERPRISE })),
    grantorRelation: EnterpriseRelation.LEGAL_REPRESENTATIVE,
    sources: [DataSource.MARKET_REGISTRATION],
    purpose: ConsentPurpose.POLICY_MATCHING,
    granteeKind: ConsentGranteeKind.PLATFORM,
    granteeInstitutionId: null,
    productId: null,
    agreementVersion: agreement.version,
    agreementSha256: agreement.sha256,
    idempotencyKey: idempotencyKey(),
    requestHash: '0'.repeat(64),
    grantedAt: now,
    expiresAt: new Date(now.getTime() + 86_400_000),
    revokedAt: null,
    revokedByUserId: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

const LEDGER_TABLES = ['data_consents', 'data_use_records', 'audit_logs'] as const;

/** Row counts of what a grant or revocation writes; a refused one must leave them as they were. */
export async function ledgerCounts(t: TestApp): Promise<Record<(typeof LEDGER_TABLES)[number], number>> {
  const counts = {} as Record<(typeof LEDGER_TABLES)[number], number>;
  for (const table of LEDGER_TABLES) {
    const rows = (await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as Array<{ n: number | string }>;
    counts[table] = Number(rows[0]?.n);
  }
  return counts;
}
