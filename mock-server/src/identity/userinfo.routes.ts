import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findTestIdentity } from './identities';
import { oauthError } from './oauth-errors';
import { OIDC_PREFIX, type IdentityProvider } from './provider';

export const USERINFO_PATH = `${OIDC_PREFIX}/userinfo`;

/** RFC 6750 §3: no error code when no token was sent, invalid_token when the one sent is not good. */
function unauthorized(reply: FastifyReply, tokenSent: boolean): FastifyReply {
  const challenge = tokenSent
    ? 'Bearer realm="oidc", error="invalid_token", error_description="the access token is invalid or has expired"'
    : 'Bearer realm="oidc"';
  const body = tokenSent
    ? oauthError('invalid_token', 'the access token is invalid or has expired')
    : oauthError('invalid_request', 'a bearer access token is required');
  return reply.code(401).headers({ 'www-authenticate': challenge, 'cache-control': 'no-store' }).send(body);
}

function bearerToken(request: FastifyRequest): string | null {
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(request.headers.authorization ?? '');
  return match === null ? null : match[1];
}

export function registerUserinfoRoutes(app: FastifyInstance, provider: IdentityProvider): void {
  const handler = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const token = bearerToken(request);
    if (token === null) return unauthorized(reply, request.headers.authorization !== undefined);
    const grant = provider.accessTokens.get(token);
    const identity = grant === undefined ? undefined : findTestIdentity(grant.sub);
    if (identity === undefined) return unauthorized(reply, true);
    return reply.header('cache-control', 'no-store').send(provider.claimsOf(identity));
  };
  // OpenID Connect Core §5.3.1: the userinfo endpoint answers both GET and POST.
  app.get(USERINFO_PATH, handler);
  app.post(USERINFO_PATH, handler);
}
