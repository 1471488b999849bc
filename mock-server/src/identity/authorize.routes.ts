import type { FastifyInstance, FastifyReply } from 'fastify';
import { checkAuthorizationRequest, type AuthorizationRequest, type Query } from './authorize-request';
import { readForm } from './form-body';
import { sendHtml } from './html';
import { findTestIdentity, listTestIdentities } from './identities';
import { renderErrorPage, renderLoginPage } from './login-page';
import type { OAuthErrorCode } from './oauth-errors';
import { OIDC_PREFIX, PENDING_AUTHORIZATION_TTL_MS, type IdentityProvider } from './provider';

export const AUTHORIZE_PATH = `${OIDC_PREFIX}/authorize`;
export const DECISION_PATH = `${OIDC_PREFIX}/authorize/decision`;

/** The authorization response (RFC 6749 §4.1.2) keeps the redirect URI's own query and adds ours. */
function redirectTo(reply: FastifyReply, redirectUri: string, parameters: Record<string, string | null>): FastifyReply {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== null) url.searchParams.append(name, value);
  }
  return reply.header('cache-control', 'no-store').redirect(url.toString(), 302);
}

function redirectWithError(
  reply: FastifyReply,
  provider: IdentityProvider,
  target: { redirectUri: string; state: string | null },
  error: OAuthErrorCode,
  description: string,
): FastifyReply {
  return redirectTo(reply, target.redirectUri, {
    error,
    error_description: description,
    state: target.state,
    iss: provider.issuer(),
  });
}

export function registerAuthorizeRoutes(app: FastifyInstance, provider: IdentityProvider): void {
  app.get<{ Querystring: Query }>(AUTHORIZE_PATH, async (request, reply) => {
    const check = checkAuthorizationRequest(request.query, provider.clients);
    if (check.outcome === 'ERROR_PAGE') return sendHtml(reply, 400, renderErrorPage(check.message));
    if (check.outcome === 'ERROR_REDIRECT') return redirectWithError(reply, provider, check, check.error, check.description);
    const requestId = provider.pendingAuthorizations.add(check.request, PENDING_AUTHORIZATION_TTL_MS);
    const page = renderLoginPage({
      requestId,
      clientId: check.request.clientId,
      decisionUrl: DECISION_PATH,
      identities: listTestIdentities(),
    });
    return sendHtml(reply, 200, page);
  });

  app.post(DECISION_PATH, async (request, reply) => {
    const form = readForm(request.body);
    const requestId = form?.get('request_id') ?? null;
    const pending = requestId === null ? undefined : provider.pendingAuthorizations.get(requestId);
    if (form === null || requestId === null || pending === undefined) {
      return sendHtml(reply, 400, renderErrorPage('登录请求已过期或已被使用，请返回应用重新发起登录。'));
    }
    if (form.has('cancel')) {
      provider.pendingAuthorizations.delete(requestId);
      return redirectWithError(reply, provider, pending, 'access_denied', 'the user cancelled the login');
    }
    const identity = findTestIdentity(form.get('sub') ?? '');
    if (identity === undefined) return sendHtml(reply, 400, renderErrorPage('所选的测试身份不存在，请返回登录页重新选择。'));
    provider.pendingAuthorizations.delete(requestId);
    request.log.info({ clientId: pending.clientId, sub: identity.sub }, 'identity login');
    const code = issueCode(provider, pending, identity.sub);
    return redirectTo(reply, pending.redirectUri, { code, state: pending.state, iss: provider.issuer() });
  });
}

function issueCode(provider: IdentityProvider, request: AuthorizationRequest, sub: string): string {
  return provider.codes.issue(
    {
      clientId: request.clientId,
      sub,
      scope: request.scope,
      nonce: request.nonce,
      authTimeSeconds: provider.nowSeconds(),
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
    },
    provider.settings.codeTtlSeconds,
  );
}
