import { totpCode, totpStep, hotp } from '../../src/core-modules/auth/staff/totp';
import { base32Decode } from '../../src/core-modules/auth/staff/base32';
import { gqlAs } from './auth';
import type { GraphqlResponse, TestApp } from './test-app';

export interface StaffLoginData {
  step: 'DONE' | 'TOTP_REQUIRED' | 'TOTP_ENROLLMENT_REQUIRED' | 'PASSWORD_CHANGE_REQUIRED';
  challengeToken: string | null;
  totpEnrollment: { secret: string; otpauthUrl: string; qrSvg: string } | null;
  auth: { accessToken: string; me: { id: string; role: string; mustChangePassword: boolean; totpEnabled: boolean } } | null;
}

const RESULT = `step challengeToken totpEnrollment { secret otpauthUrl qrSvg }
  auth { accessToken me { id role mustChangePassword totpEnabled } }`;

export async function staffLogin(t: TestApp, username: string, password: string): Promise<GraphqlResponse<{ staffLogin: StaffLoginData }>> {
  return t.gql(`mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { ${RESULT} } }`, { u: username, p: password });
}

export async function staffStep(
  t: TestApp,
  mutation: 'staffVerifyTotp' | 'staffConfirmTotpEnrollment',
  challengeToken: string,
  code: string,
): Promise<GraphqlResponse<Record<string, StaffLoginData>>> {
  return t.gql(`mutation($c: String!, $code: String!) { ${mutation}(challengeToken: $c, code: $code) { ${RESULT} } }`, {
    c: challengeToken,
    code,
  });
}

export async function changeInitialPassword(
  t: TestApp,
  challengeToken: string,
  newPassword: string,
): Promise<GraphqlResponse<{ staffChangeInitialPassword: StaffLoginData }>> {
  return t.gql(
    `mutation($c: String!, $p: String!) { staffChangeInitialPassword(challengeToken: $c, newPassword: $p) { ${RESULT} } }`,
    { c: challengeToken, p: newPassword },
  );
}

/** The code an authenticator shows now. */
export function currentCode(secret: string): string {
  return totpCode(secret, Date.now());
}

/** A six-digit code that is wrong for every step the server accepts around now. */
export function wrongCode(secret: string): string {
  const key = base32Decode(secret);
  const step = totpStep(Date.now());
  const valid = new Set([-2, -1, 0, 1, 2].map((delta) => hotp(key, step + delta)));
  for (let candidate = 0; ; candidate += 1) {
    const code = String(candidate).padStart(6, '0');
    if (!valid.has(code)) return code;
  }
}

/** staffLogin → TOTP → auth for an account with a known secret; throws unless it signs in. */
export async function signInStaff(t: TestApp, username: string, password: string, secret?: string): Promise<string> {
  const first = (await staffLogin(t, username, password)).data?.staffLogin;
  if (first?.step === 'DONE' && first.auth) return first.auth.accessToken;
  if (first?.step !== 'TOTP_REQUIRED' || !first.challengeToken || !secret) throw new Error(`cannot sign in ${username}`);
  const second = (await staffStep(t, 'staffVerifyTotp', first.challengeToken, currentCode(secret))).data?.staffVerifyTotp;
  if (!second?.auth) throw new Error(`TOTP refused for ${username}`);
  return second.auth.accessToken;
}

export { gqlAs };
