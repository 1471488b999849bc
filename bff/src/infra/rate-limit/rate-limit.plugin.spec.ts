import { ErrorCode } from '@rongtong/shared';
import { getOperationAST, GraphQLError, parse } from 'graphql';
import pino from 'pino';
import type { AppConfig } from '../config/app-config';
import type { AppRequest } from '../http/request-context';
import { RATE_LIMIT_QUOTAS } from './rate-limit-quotas';
import { rateLimitPlugin } from './rate-limit.plugin';
import { RateLimitedException } from './rate-limited.exception';
import { RateLimiter } from './rate-limiter';

function plugin() {
  const quotas = {
    ...RATE_LIMIT_QUOTAS,
    graphql: { perIp: { points: 100, seconds: 60 }, perUser: { points: 2, seconds: 60 } },
    staffLogin: { perIp: { points: 30, seconds: 60 }, perAccount: { points: 2, seconds: 60 } },
  };
  const limiter = new RateLimiter({ quotas, keyPrefix: 'spec' }, { redisUrl: undefined } as AppConfig, pino({ level: 'silent' }));
  return rateLimitPlugin(limiter);
}

function requestContext(source: string, options: { ip?: string; token?: string; variables?: Record<string, unknown> } = {}) {
  const document = parse(source);
  const req: AppRequest = { headers: options.token ? { authorization: `Bearer ${options.token}` } : {}, ip: options.ip ?? '10.0.0.1' };
  return { contextValue: { req }, request: { variables: options.variables ?? null }, document, operation: getOperationAST(document) };
}

/** One request through the plugin's hooks; `signIn` plays the access guard, attaching the caller while it runs. */
async function run(limits: ReturnType<typeof plugin>, context: ReturnType<typeof requestContext>, signIn?: string): Promise<unknown> {
  const hooks = await limits.requestDidStart();
  let refused: unknown;
  try {
    await hooks.didResolveOperation(context);
    if (signIn) context.contextValue.req.authUser = { userId: signIn };
  } catch (error) {
    refused = error;
  }
  await hooks.willSendResponse(context);
  return refused;
}

const LOGIN = 'mutation($u: String!) { staffLogin(username: $u, password: "p") { step } }';

describe('rateLimitPlugin', () => {
  it('refuses a request over a quota with a GraphQL error Apollo answers as 429 with Retry-After', async () => {
    const limits = plugin();
    expect(await run(limits, requestContext(LOGIN, { variables: { u: 'admin' } }))).toBeUndefined();
    expect(await run(limits, requestContext(LOGIN, { variables: { u: 'ADMIN' } }))).toBeUndefined();
    const refused = await run(limits, requestContext(LOGIN, { variables: { u: 'admin ' } }));
    expect(refused).toBeInstanceOf(GraphQLError);
    const error = refused as GraphQLError;
    expect(error.originalError).toBeInstanceOf(RateLimitedException);
    expect(error.message).toBe('操作过于频繁，请 60 秒后再试');
    expect(error.extensions).toEqual({ code: ErrorCode.RATE_LIMITED, http: { status: 429, headers: new Map([['retry-after', '60']]) } });
    // The same username from another address is a different account key.
    expect(await run(limits, requestContext(LOGIN, { ip: '10.0.0.2', variables: { u: 'admin' } }))).toBeUndefined();
  });

  it('counts a query by its IP only: root fields matter for mutations', async () => {
    const limits = plugin();
    for (let call = 0; call < 5; call += 1) expect(await run(limits, requestContext('{ staffLogin: __typename }'))).toBeUndefined();
  });

  it('learns whose token it is from an answered request and refuses the next once that user is over the quota', async () => {
    const limits = plugin();
    const me = (token: string) => requestContext('{ me { id } }', { token });
    expect(await run(limits, me('token-a'), 'user-1')).toBeUndefined();
    expect(await run(limits, me('token-a'), 'user-1')).toBeUndefined();
    expect(await run(limits, me('token-a'), 'user-1')).toBeInstanceOf(GraphQLError);
    // Another user's token, and a request without one, are not affected.
    expect(await run(limits, me('token-b'), 'user-2')).toBeUndefined();
    expect(await run(limits, requestContext('{ __typename }'))).toBeUndefined();
  });

  it('does not count a token that no longer signs anyone in for its former user', async () => {
    const limits = plugin();
    const me = requestContext('{ me { id } }', { token: 'revoked-token' });
    expect(await run(limits, me, 'user-3')).toBeUndefined();
    for (let call = 0; call < 5; call += 1) expect(await run(limits, requestContext('{ me { id } }', { token: 'revoked-token' }))).toBeUndefined();
  });
});
