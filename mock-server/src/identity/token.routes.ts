import type { FastifyInstance, FastifyReply } from 'fastify';
import { authenticateClient } from './client-auth';
import { exchangeAuthorizationCode } from './code-exchange';
import { readForm, repeatedNames } from './form-body';
import { oauthError, type OAuthErrorCode } from './oauth-errors';
import { OIDC_PREFIX, type IdentityProvider } from './provider';
import { issueTokens } from './tokens';

export const TOKEN_PATH = `${OIDC_PREFIX}/token`;

/** RFC 6749 §5.1: token responses and their errors are never cached. */
const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' } as const;
export const CLIENT_AUTH_CHALLENGE = 'Basic realm="oidc"';

function sendOAuthError(reply: FastifyReply, error: OAuthErrorCode, description: string): FastifyReply {
  const unauthorized = error === 'invalid_client';
  if (unauthorized) void reply.header('www-authenticate', CLIENT_AUTH_CHALLENGE);
  return reply.code(unauthorized ? 401 : 400).headers(NO_STORE).send(oauthError(error, description));
}

export function registerTokenRoute(app: FastifyInstance, provider: IdentityProvider): void {
  app.post(TOKEN_PATH, async (request, reply) => {
    const form = readForm(request.body);
    if (form === null) return sendOAuthError(reply, 'invalid_request', 'the body must be application/x-www-form-urlencoded');
    const [repeated] = repeatedNames(form);
    if (repeated !== undefined) return sendOAuthError(reply, 'invalid_request', `${repeated} must not be repeated`);
    const authentication = authenticateClient(provider.clients, request.headers.authorization, form);
    if (!authentication.ok) return sendOAuthError(reply, authentication.error, authentication.description);

    const exchange = exchangeAuthorizationCode(provider, authentication.client, form);
    if (!exchange.ok) {
      request.log.info({ clientId: authentication.client.clientId, error: exchange.error }, 'token request refused');
      return sendOAuthError(reply, exchange.error, exchange.description);
    }
    const tokens = await issueTokens(provider, exchange.grant);
    provider.codes.recordAccessToken(exchange.code, tokens.access_token);
    return reply.headers(NO_STORE).send(tokens);
  });
}
