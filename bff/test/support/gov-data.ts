import { buildMockServer, type FaultRule } from '@rongtong/mock-server';
import { gqlAs } from './auth';
import type { EnterpriseActor } from './consents';
import type { RunningMock } from './identity';
import { createTestApp, type TestApp, type TestAppOptions } from './test-app';

/** The exchange call timeout of the data centre tests (GOV_EXCHANGE_TIMEOUT_MS): short, so a hang costs little. */
export const GOV_TIMEOUT_MS = 1_000;

/** mock-server in-process on a free port, its government data exchange included. */
export async function startGovMock(): Promise<RunningMock> {
  const server = buildMockServer({ logger: false });
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  return { server, url, issuer: `${url}/oidc`, close: () => server.close() };
}

/** A test app whose government data exchange (and identity platform) is the given mock-server, with the short timeout. */
export function createGovDataTestApp(mock: RunningMock, options: Omit<TestAppOptions, 'env'>): Promise<TestApp> {
  return createTestApp({
    ...options,
    env: { MOCK_SERVER_URL: mock.url, GOV_EXCHANGE_BASE_URL: mock.url, GOV_EXCHANGE_TIMEOUT_MS: String(GOV_TIMEOUT_MS) },
  });
}

/** Replaces mock-server's fault rules (an empty list lifts them). */
export async function setFaults(mock: RunningMock, rules: FaultRule[]): Promise<void> {
  const response = await fetch(`${mock.url}/_admin/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(rules),
  });
  if (response.status !== 200) throw new Error(`fault rules refused: ${await response.text()}`);
}

/** Every request that reached a source of the exchange since the log was last cleared, oldest first. */
export function govCalls(mock: RunningMock) {
  return mock.server.mock.gov.requests.list();
}

export const REGISTER_PROFILE_FIELDS = `regionCode regionName industryCode industryName type establishedOn registeredCapitalFen
  legalRepresentativeMasked status scale scaleBasis scaleNote source fetchedAt asOf complete missingFields`;

export const MY_REGISTER_PROFILE = `query { me { activeEnterprise { id registerProfile { ${REGISTER_PROFILE_FIELDS} } } } }`;

export const REFRESH = `mutation($id: ID!) { refreshGovernmentData(enterpriseId: $id) {
  enterpriseId
  sources { source scope label outcome outcomeLabel fetchedAt asOf complete missingFields }
  registerProfile { ${REGISTER_PROFILE_FIELDS} } } }`;

export interface RegisterProfileData {
  regionCode: string | null;
  regionName: string | null;
  industryCode: string | null;
  industryName: string | null;
  type: string | null;
  establishedOn: string | null;
  registeredCapitalFen: number | null;
  legalRepresentativeMasked: string | null;
  status: string | null;
  scale: string | null;
  scaleBasis: string[];
  scaleNote: string;
  source: string;
  fetchedAt: string;
  asOf: string;
  complete: boolean;
  missingFields: string[];
}

export interface SourceRefreshData {
  source: string;
  scope: string;
  label: string;
  outcome: string;
  outcomeLabel: string;
  fetchedAt: string | null;
  asOf: string | null;
  complete: boolean;
  missingFields: string[];
}

export interface RefreshData {
  enterpriseId: string;
  sources: SourceRefreshData[];
  registerProfile: RegisterProfileData | null;
}

/** refreshGovernmentData for the actor's enterprise; throws unless it answers. */
export async function refreshAs(t: TestApp, actor: Pick<EnterpriseActor, 'token' | 'enterpriseId'>): Promise<RefreshData> {
  const response = await gqlAs<{ refreshGovernmentData: RefreshData }>(t, actor.token, REFRESH, { id: actor.enterpriseId });
  if (!response.data?.refreshGovernmentData) throw new Error(`refreshGovernmentData failed: ${response.text}`);
  return response.data.refreshGovernmentData;
}
