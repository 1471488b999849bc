import type { FastifyInstance } from 'fastify';
import type { FieldError } from '@rongtong/shared';
import { badUserInput } from '../http-errors';
import { isPlainObject } from '../json';
import { invalid, rejectUnknownKeys, valid, type Parsed } from '../validation';
import { findClient } from './clients';
import {
  defaultHostIdentity,
  ENTERPRISE_RELATION_LABELS,
  findTestIdentity,
  listTestIdentities,
  type EnterpriseRelation,
  type TestIdentity,
} from './identities';
import { maskPhone } from './masking';
import type { IdentityProvider } from './provider';

export const HOST_PREFIX = '/dev/host';
/** What the 皖事通 host grants an embedded app when it asks for the user's identity. */
export const HOST_SCOPE = 'openid profile phone idcard enterprise';
const MAX_NONCE_LENGTH = 1024;
const DEFAULT_HOST_CLIENT_ID = 'rongtong-bff';

/** The dev page that stands in for the host JSAPI runs in a browser on another origin. */
export const HOST_CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '600',
} as const;

export interface HostIdentitySummary {
  sub: string;
  name: string;
  phoneMasked: string;
  kind: TestIdentity['kind'];
  enterprise: { uscc: string; name: string; relation: EnterpriseRelation; relationLabel: string } | null;
}

interface HostAuthCodeRequest {
  sub: string;
  clientId: string;
  nonce: string | null;
}

export function summariseIdentity(identity: TestIdentity): HostIdentitySummary {
  return {
    sub: identity.sub,
    name: identity.name,
    phoneMasked: maskPhone(identity.phone),
    kind: identity.kind,
    enterprise: identity.kind === 'CITIZEN'
      ? null
      : {
          uscc: identity.uscc,
          name: identity.enterpriseName,
          relation: identity.relation,
          relationLabel: ENTERPRISE_RELATION_LABELS[identity.relation],
        },
  };
}

/** rongtong-bff when it is registered, otherwise the first registered client. */
function defaultHostClientId(provider: IdentityProvider): string {
  return findClient(provider.clients, DEFAULT_HOST_CLIENT_ID)?.clientId ?? provider.clients[0].clientId;
}

export function parseHostAuthCodeRequest(input: unknown, provider: IdentityProvider): Parsed<HostAuthCodeRequest> {
  const body = input === undefined || input === null ? {} : input;
  if (!isPlainObject(body)) return invalid([{ field: 'body', message: '请求体必须是 JSON 对象' }]);
  const errors: FieldError[] = [];
  rejectUnknownKeys(body, ['sub', 'clientId', 'nonce'], '', errors);
  const { sub = defaultHostIdentity().sub, clientId = defaultHostClientId(provider), nonce = null } = body;
  if (typeof sub !== 'string' || findTestIdentity(sub) === undefined) {
    errors.push({ field: 'sub', message: '没有这个测试身份，可从 GET /dev/host/identities 选择' });
  }
  if (typeof clientId !== 'string' || findClient(provider.clients, clientId) === undefined) {
    errors.push({ field: 'clientId', message: '该应用（clientId）未在统一身份认证平台登记' });
  }
  if (nonce !== null && (typeof nonce !== 'string' || nonce.length === 0 || nonce.length > MAX_NONCE_LENGTH)) {
    errors.push({ field: 'nonce', message: `nonce 必须是 1–${MAX_NONCE_LENGTH} 个字符的字符串` });
  }
  if (errors.length > 0) return invalid(errors);
  return valid({ sub: String(sub), clientId: String(clientId), nonce: nonce === null ? null : String(nonce) });
}

/**
 * The 皖事通 host app's silent login: its JSAPI hands the embedded app a one-time code that the BFF
 * redeems at the ordinary token endpoint. No redirect URI and no PKCE are bound to such a code.
 */
export function registerHostRoutes(app: FastifyInstance, provider: IdentityProvider): void {
  void app.register(async (host) => {
    host.addHook('onRequest', async (_request, reply) => {
      void reply.headers(HOST_CORS_HEADERS);
    });
    host.options(`${HOST_PREFIX}/*`, async (_request, reply) => reply.code(204).send());

    host.get(`${HOST_PREFIX}/identities`, async () => listTestIdentities().map(summariseIdentity));

    host.post(`${HOST_PREFIX}/auth-code`, async (request, reply) => {
      const parsed = parseHostAuthCodeRequest(request.body, provider);
      if (!parsed.ok) return reply.code(400).send(badUserInput(parsed.fields));
      const { sub, clientId, nonce } = parsed.value;
      const code = provider.codes.issue(
        { clientId, sub, scope: HOST_SCOPE, nonce, authTimeSeconds: provider.nowSeconds(), redirectUri: null, codeChallenge: null },
        provider.settings.codeTtlSeconds,
      );
      request.log.info({ clientId, sub }, 'host auth code issued');
      return { code };
    });
  });
}
