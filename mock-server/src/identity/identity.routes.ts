import type { FastifyError, FastifyInstance } from 'fastify';
import { pathOf } from '../faults/fault-hook';
import { registerIdentityAdminRoutes } from './admin.routes';
import { DECISION_PATH, registerAuthorizeRoutes } from './authorize.routes';
import { registerDiscoveryRoutes } from './discovery.routes';
import { registerFormBodyParser } from './form-body';
import { registerHostRoutes } from './host.routes';
import { sendHtml } from './html';
import { renderErrorPage } from './login-page';
import { oauthError } from './oauth-errors';
import type { IdentityProvider } from './provider';
import { registerTokenRoute } from './token.routes';
import { registerUserinfoRoutes } from './userinfo.routes';

/**
 * The provincial unified identity platform: the OpenID Connect provider under /oidc, the 皖事通 host
 * app's silent login under /dev/host, and its knobs under /_admin/identity.
 */
export function registerIdentityRoutes(app: FastifyInstance, provider: IdentityProvider, options: { adminEnabled: boolean }): void {
  // Keys are made on first use, so suites that never log in do not pay for RSA key generation; a
  // server that listens starts making them at once, in the background, for its first login.
  app.addHook('onListen', async () => {
    provider.keys.ready().catch((error: unknown) => app.log.error({ err: error }, 'signing key generation failed'));
  });

  void app.register(async (oidc) => {
    registerFormBodyParser(oidc);
    oidc.setErrorHandler((error: FastifyError, request, reply) => {
      if ((error.statusCode ?? 500) >= 500) {
        request.log.error({ err: error }, 'unhandled error');
        return reply.code(500).send(oauthError('server_error', 'the identity platform failed to handle the request'));
      }
      if (pathOf(request.url) === DECISION_PATH) {
        return sendHtml(reply, 400, renderErrorPage('登录请求格式不正确，请返回应用重新发起登录。'));
      }
      return reply.code(400).send(oauthError('invalid_request', 'the request could not be parsed'));
    });
    registerDiscoveryRoutes(oidc, provider);
    registerAuthorizeRoutes(oidc, provider);
    registerTokenRoute(oidc, provider);
    registerUserinfoRoutes(oidc, provider);
  });
  registerHostRoutes(app, provider);
  if (options.adminEnabled) registerIdentityAdminRoutes(app, provider);
}
