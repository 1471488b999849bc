import { GraphQLError, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { createHash } from 'node:crypto';
import { bearerToken, clientIpOf, type AppRequest } from '../http/request-context';
import { operationChecks } from './operation-limits';
import { ipSubject } from './rate-limit-keys';
import { RateLimitedException } from './rate-limited.exception';
import type { RateLimiter } from './rate-limiter';
import { rootFieldCalls } from './root-fields';

/**
 * The parts of Apollo's request context this plugin reads, typed structurally (as operation-observer.plugin.ts)
 * so it does not depend on which @apollo/server major the driver resolves.
 */
interface LimitedRequest {
  contextValue: { req?: AppRequest };
  request: { variables?: Record<string, unknown> | null };
  document?: DocumentNode;
  operation?: OperationDefinitionNode | null;
}

export interface RateLimitPlugin {
  requestDidStart(): Promise<{
    didResolveOperation(context: LimitedRequest): Promise<void>;
    willSendResponse(context: LimitedRequest): Promise<void>;
  }>;
}

/** How many access tokens the plugin remembers the user of. */
const KNOWN_TOKENS = 20_000;

/** Access token (by digest) → the user it signed in last time; the oldest forgotten first once full. */
class KnownTokens {
  private readonly users = new Map<string, string>();

  userOf(token: string): string | undefined {
    return this.users.get(token);
  }

  learn(token: string, userId: string): void {
    if (this.users.get(token) === userId) return;
    this.users.set(token, userId);
    if (this.users.size > KNOWN_TOKENS) this.users.delete(this.users.keys().next().value as string);
  }
}

function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Apollo answers the request with this error alone, as HTTP 429 with Retry-After; no resolver runs. */
function refusal(exception: RateLimitedException): GraphQLError {
  const headers = new Map([['retry-after', String(exception.retryAfterSeconds)]]);
  return new GraphQLError(exception.message, {
    originalError: exception,
    extensions: { code: exception.code, http: { status: 429, headers } },
  });
}

/**
 * Counts every GraphQL operation once it is parsed and validated, before anything executes: the general
 * quota of the client IP and the quotas of the limited mutations by root field (operation-limits.ts), each
 * alias a call of its own. A used-up quota refuses the whole request.
 *
 * The signed-in user's general quota: the access guard resolves the token to a user only while the operation
 * executes, so each answered request is counted for the user the guard found, and the plugin remembers
 * which user a token belongs to; a later request with that token is refused before it runs while that
 * user's quota is used up. (A token that no longer signs anyone in is never counted for its old user.)
 */
export function rateLimitPlugin(limiter: RateLimiter): RateLimitPlugin {
  const knownTokens = new KnownTokens();
  return {
    async requestDidStart() {
      let token: string | undefined;
      return {
        async didResolveOperation(context) {
          const request = context.contextValue.req;
          const bearer = bearerToken(request);
          token = bearer && tokenDigest(bearer);
          const mutations =
            context.operation?.operation === 'mutation' && context.document
              ? rootFieldCalls(context.document, context.operation, context.request.variables ?? {})
              : [];
          try {
            const knownUser = token && knownTokens.userOf(token);
            if (knownUser) await limiter.refuseIfUsedUp({ rule: 'graphql', scope: 'perUser', subject: knownUser });
            await limiter.consume(operationChecks(ipSubject(clientIpOf(request)), mutations));
          } catch (error) {
            throw error instanceof RateLimitedException ? refusal(error) : error;
          }
        },
        async willSendResponse(context) {
          const userId = context.contextValue.req?.authUser?.userId;
          if (!userId) return;
          if (token) knownTokens.learn(token, userId);
          await limiter.record({ rule: 'graphql', scope: 'perUser', subject: userId });
        },
      };
    },
  };
}
