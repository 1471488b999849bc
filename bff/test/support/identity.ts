import { buildMockServer, listTestIdentities, type EnterpriseIdentity, type TestIdentity } from '@rongtong/mock-server';
import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import { gqlAs } from './auth';
import type { GraphqlResponse, TestApp } from './test-app';

/** The real mock-server (unified identity platform included), in-process on a free port. */
export interface RunningMock {
  server: FastifyInstance;
  url: string;
  issuer: string;
  close(): Promise<void>;
}

export async function startMock(): Promise<RunningMock> {
  const server = buildMockServer({ logger: false });
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  return { server, url, issuer: `${url}/oidc`, close: () => server.close() };
}

/** The address the app would send the browser back to; never fetched by the tests. */
export const REDIRECT_URI = 'http://127.0.0.1:10086/pages/login/callback';

export function enterpriseIdentities(): EnterpriseIdentity[] {
  return listTestIdentities().filter((identity): identity is EnterpriseIdentity => identity.kind === 'ENTERPRISE');
}

export function citizenIdentity(): TestIdentity {
  const citizen = listTestIdentities().find((identity) => identity.kind === 'CITIZEN');
  if (!citizen) throw new Error('the mock has no citizen identity');
  return citizen;
}

export const AUTH_PAYLOAD = `accessToken refreshToken accessTokenExpiresAt refreshTokenExpiresAt
  me { id displayName role phoneMasked enterprises { relation enterprise { id uscc name } } activeEnterprise { id uscc name } }`;

export interface AuthPayloadData {
  accessToken: string;
  refreshToken: string;
  me: {
    id: string;
    displayName: string;
    role: string;
    phoneMasked: string | null;
    enterprises: Array<{ relation: string; enterprise: { id: string; uscc: string; name: string } }>;
    activeEnterprise: { id: string; uscc: string; name: string } | null;
  };
}

export async function beginLogin(t: TestApp, redirectUri = REDIRECT_URI): Promise<{ authorizeUrl: string; state: string }> {
  const response = await t.gql<{ beginUnifiedLogin: { authorizeUrl: string; state: string } }>(
    'mutation($r: String!) { beginUnifiedLogin(redirectUri: $r) { authorizeUrl state } }',
    { r: redirectUri },
  );
  if (!response.data?.beginUnifiedLogin) throw new Error(`beginUnifiedLogin failed: ${response.text}`);
  return response.data.beginUnifiedLogin;
}

/** The identity buttons of the mock login page: each submits `sub` with the hidden `request_id`. */
export function parseLoginPage(html: string): { action: string; requestId: string; subs: string[] } {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1];
  const subs = [...html.matchAll(/<button class="identity" type="submit" name="sub" value="([^"]+)"/g)].map((match) => match[1]);
  if (!action || !requestId || subs.length === 0) throw new Error('not the identity login page');
  return { action, requestId, subs };
}

/**
 * What a browser does between beginUnifiedLogin and completeUnifiedLogin: open the authorize URL, choose
 * the identity on the login page, follow the redirect back, and read `code` and `state` from it.
 */
export async function chooseIdentity(authorizeUrl: string, sub: string): Promise<{ code: string; state: string; location: URL }> {
  const page = await fetch(authorizeUrl);
  if (page.status !== 200) throw new Error(`authorize page answered ${page.status}`);
  const form = parseLoginPage(await page.text());
  if (!form.subs.includes(sub)) throw new Error(`identity ${sub} is not on the login page`);
  const decision = await fetch(new URL(form.action, authorizeUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: form.requestId, sub }).toString(),
    redirect: 'manual',
  });
  const location = decision.headers.get('location');
  if (decision.status !== 302 || !location) throw new Error(`decision answered ${decision.status}`);
  const url = new URL(location);
  const code = url.searchParams.get('code');
  const state = url.searchParams.get('state');
  if (!code || !state) throw new Error(`redirect without code or state: ${location}`);
  return { code, state, location: url };
}

export function completeLogin(t: TestApp, state: string, code: string): Promise<GraphqlResponse<{ completeUnifiedLogin: AuthPayloadData }>> {
  return t.gql('mutation($s: String!, $c: String!) { completeUnifiedLogin(state: $s, code: $c) { ' + AUTH_PAYLOAD + ' } }', {
    s: state,
    c: code,
  });
}

export function hostLogin(t: TestApp, authCode: string): Promise<GraphqlResponse<{ hostLogin: AuthPayloadData }>> {
  return t.gql('mutation($c: String!) { hostLogin(authCode: $c) { ' + AUTH_PAYLOAD + ' } }', { c: authCode });
}

/** The whole browser flow for one identity; throws unless it logs in. */
export async function loginAs(t: TestApp, sub: string): Promise<AuthPayloadData> {
  const { authorizeUrl } = await beginLogin(t);
  const { code, state } = await chooseIdentity(authorizeUrl, sub);
  const response = await completeLogin(t, state, code);
  if (!response.data?.completeUnifiedLogin) throw new Error(`completeUnifiedLogin failed: ${response.text}`);
  return response.data.completeUnifiedLogin;
}

export async function hostAuthCode(mock: RunningMock, body: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${mock.url}/dev/host/auth-code`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { code?: string };
  if (!json.code) throw new Error(`no host code: ${JSON.stringify(json)}`);
  return json.code;
}

export async function setIdentitySettings(mock: RunningMock, settings: Record<string, number>): Promise<void> {
  const response = await fetch(`${mock.url}/_admin/identity/settings`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  });
  if (response.status !== 200) throw new Error(`settings refused: ${await response.text()}`);
}

const COUNTED_TABLES = ['user_accounts', 'enterprises', 'enterprise_bindings', 'sessions'] as const;

/** Row counts of the tables a login writes; a refused login must leave them all as they were. */
export async function loginRowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const rows = (await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as Array<{ n: number | string }>;
    counts[table] = Number(rows[0]?.n);
  }
  return counts;
}

export { gqlAs };
