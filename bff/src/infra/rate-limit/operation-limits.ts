import { accountSubject } from './rate-limit-keys';
import type { RateLimitRule } from './rate-limit-quotas';
import type { RateLimitCheck } from './rate-limiter';
import type { RootFieldCall } from './root-fields';

/** The rule a mutation is counted under and, when it names one, the account it is counted for too. */
interface MutationLimit {
  rule: RateLimitRule;
  account?: (call: RootFieldCall, ip: string) => string | undefined;
}

/** A staff username as the login looks it up (trimmed, lower case), together with the client IP. */
function usernameFromIp(call: RootFieldCall, ip: string): string | undefined {
  const username = call.stringArgument('username');
  return username === undefined ? undefined : accountSubject('staffLogin', username.trim().toLowerCase(), ip);
}

/** The enterprise a refresh names, together with the client IP. */
function enterpriseFromIp(call: RootFieldCall, ip: string): string | undefined {
  const enterpriseId = call.stringArgument('enterpriseId');
  return enterpriseId === undefined ? undefined : accountSubject('govDataRefresh', enterpriseId, ip);
}

function token(argument: string): (call: RootFieldCall) => string | undefined {
  return (call) => {
    const value = call.stringArgument(argument);
    return value === undefined ? undefined : accountSubject(argument, value);
  };
}

/**
 * Mutations with quotas of their own (rate-limit-quotas.ts), on top of the general GraphQL quota. The
 * staffLogin account is (username, IP): an attacker hammering a username from his addresses uses up only his
 * own counters, and the staff member signs in from hers (the staff lockout handles the account itself).
 */
export const MUTATION_LIMITS: ReadonlyMap<string, MutationLimit> = new Map<string, MutationLimit>([
  ['staffLogin', { rule: 'staffLogin', account: usernameFromIp }],
  ['staffVerifyTotp', { rule: 'staffChallenge', account: token('challengeToken') }],
  ['staffConfirmTotpEnrollment', { rule: 'staffChallenge', account: token('challengeToken') }],
  ['staffChangeInitialPassword', { rule: 'staffChallenge', account: token('challengeToken') }],
  ['hostLogin', { rule: 'hostLogin' }],
  ['beginUnifiedLogin', { rule: 'unifiedLogin' }],
  ['completeUnifiedLogin', { rule: 'unifiedLogin' }],
  ['refreshSession', { rule: 'refreshSession', account: token('refreshToken') }],
  // Per enterprise and IP, as staffLogin: whoever sends another enterprise's id uses up only their own counter.
  ['refreshGovernmentData', { rule: 'govDataRefresh', account: enterpriseFromIp }],
  // Per IP here; per user in ApplicationsService.submit, where the signed-in user is known before anything runs.
  ['submitLoanApplication', { rule: 'applicationSubmit' }],
  // Per IP here; per user in FaceVerificationService, where the signed-in user is known before anything runs.
  ['startFaceVerification', { rule: 'faceVerificationStart' }],
  ['recognizeIdCard', { rule: 'faceVerificationStart' }],
]);

/**
 * The counters one GraphQL operation is counted against by its client IP and what it names, in the order
 * they are checked: the general quota of the IP, then each limited mutation's IP and account quotas.
 */
export function operationChecks(ip: string, mutations: readonly RootFieldCall[]): RateLimitCheck[] {
  const checks: RateLimitCheck[] = [{ rule: 'graphql', scope: 'perIp', subject: ip }];
  for (const call of mutations) {
    const limit = MUTATION_LIMITS.get(call.name);
    if (!limit) continue;
    checks.push({ rule: limit.rule, scope: 'perIp', subject: ip });
    const account = limit.account?.(call, ip);
    if (account) checks.push({ rule: limit.rule, scope: 'perAccount', subject: account });
  }
  return checks;
}
