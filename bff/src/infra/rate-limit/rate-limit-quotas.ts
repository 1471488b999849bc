/** So many requests in each window of `seconds` (a fixed window starting with the first request). */
export interface Quota {
  points: number;
  seconds: number;
}

/**
 * One rule's quotas by what they count. `perIp`: the client IP (an IPv6 client's /64). `perAccount`: the
 * account the operation names, as rate-limit-rules.ts derives it (for staffLogin the username together with
 * the IP, so an attacker hammering a username does not lock its owner out elsewhere). `perUser`: the
 * signed-in caller.
 */
export interface RuleQuotas {
  perIp: Quota;
  perAccount?: Quota;
  perUser?: Quota;
}

export type RateLimitRule =
  | 'graphql'
  | 'staffLogin'
  | 'staffChallenge'
  | 'hostLogin'
  | 'unifiedLogin'
  | 'refreshSession'
  | 'upload'
  | 'govDataRefresh'
  | 'applicationSubmit'
  | 'faceVerificationStart';

export type RateLimitQuotas = Readonly<Record<RateLimitRule, Readonly<RuleQuotas>>>;

const perMinute = (points: number): Quota => ({ points, seconds: 60 });

/**
 * The production quotas (DESIGN §9), chosen well above what a person does, so only scripts meet them:
 *
 * | rule           | applies to                                                   | per IP | per account                | per user |
 * |----------------|--------------------------------------------------------------|--------|----------------------------|----------|
 * | graphql        | every GraphQL operation                                      | 600/min|                            | 600/min  |
 * | staffLogin     | staffLogin                                                   | 30/min | 10/min (username + IP)     |          |
 * | staffChallenge | staffVerifyTotp, staffConfirmTotpEnrollment, staffChangeInitialPassword | 30/min | 10/min (challenge) |  |
 * | hostLogin      | hostLogin                                                    | 30/min |                            |          |
 * | unifiedLogin   | beginUnifiedLogin, completeUnifiedLogin                      | 30/min |                            |          |
 * | refreshSession | refreshSession                                               | 60/min | 10/min (refresh token)     |          |
 * | upload         | POST /api/files                                              | 60/min |                            | 60/min   |
 * | govDataRefresh | refreshGovernmentData (each call fetches up to every source) | 30/min | 6/min (enterprise + IP)    |          |
 * | applicationSubmit | submitLoanApplication (every precondition checked each time) | 30/min |                        | 10/min   |
 * | faceVerificationStart | startFaceVerification, recognizeIdCard (each a paid provider call) | 20/min |           | 5/min    |
 *
 * A refusal is HTTP 429 with Retry-After and `RATE_LIMITED`; nothing of the request runs. Only code can
 * change them (tests and benchmarks pass their own to createApp), not the environment.
 */
export const RATE_LIMIT_QUOTAS: RateLimitQuotas = {
  graphql: { perIp: perMinute(600), perUser: perMinute(600) },
  staffLogin: { perIp: perMinute(30), perAccount: perMinute(10) },
  staffChallenge: { perIp: perMinute(30), perAccount: perMinute(10) },
  hostLogin: { perIp: perMinute(30) },
  unifiedLogin: { perIp: perMinute(30) },
  refreshSession: { perIp: perMinute(60), perAccount: perMinute(10) },
  upload: { perIp: perMinute(60), perUser: perMinute(60) },
  govDataRefresh: { perIp: perMinute(30), perAccount: perMinute(6) },
  applicationSubmit: { perIp: perMinute(30), perUser: perMinute(10) },
  faceVerificationStart: { perIp: perMinute(20), perUser: perMinute(5) },
};

/** The same quotas with `factor` times the points each (for tests and benchmarks that send more than a person). */
export function multipliedQuotas(quotas: RateLimitQuotas, factor: number): RateLimitQuotas {
  const times = (quota: Quota): Quota => ({ ...quota, points: quota.points * factor });
  const entries = Object.entries(quotas).map(([rule, { perIp, perAccount, perUser }]) => {
    const scaled: RuleQuotas = { perIp: times(perIp) };
    if (perAccount) scaled.perAccount = times(perAccount);
    if (perUser) scaled.perUser = times(perUser);
    return [rule, scaled];
  });
  return Object.fromEntries(entries) as RateLimitQuotas;
}

/** What the rate limiter is built from; createApp takes a partial one (tests, benchmarks). */
export interface RateLimitSettings {
  quotas: RateLimitQuotas;
  /** Prefix of every counter's key, so several apps or test runs sharing one Redis keep their counts apart. */
  keyPrefix: string;
}

export const DEFAULT_RATE_LIMIT_SETTINGS: RateLimitSettings = { quotas: RATE_LIMIT_QUOTAS, keyPrefix: 'rongtong:rl' };
