import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  GOV_EXCHANGE_CONSENT_REF_PATTERN,
  GOV_EXCHANGE_ERROR_STATUS,
  GOV_EXCHANGE_HEADERS,
  GOV_EXCHANGE_NONCE_PATTERN,
  GOV_EXCHANGE_SIGNATURE_PATTERN,
  GOV_EXCHANGE_TIMESTAMP_PATTERN,
  GOV_EXCHANGE_TIMESTAMP_TOLERANCE_MS,
  GovExchangeErrorCode,
  SM3_OF_EMPTY_BODY,
  dataSourceFromSlug,
  validateUscc,
  type GovSourceResponse,
} from '@rongtong/shared';
import { pathOf } from '../../faults/fault-hook';
import type { ErrorBody } from '../../http-errors';
import { enterpriseModel } from '../model/latent-risk';
import { lastDayOf } from '../model/months';
import { sourceData } from '../sources';
import type { GovExchange } from './exchange';
import { dropFields } from './partial-data';
import type { GovRequestOutcome } from './request-log';
import { signatureMatches } from './signature';

export const GOV_SOURCES_PREFIX = '/gov/v1/sources/';
export const GOV_REQUEST_ID_HEADER = 'x-gov-request-id';

/** Longest header value kept in the request log. */
const LOGGED_HEADER_LENGTH = 128;

interface GovRequestState {
  requestId: string;
  outcome: GovRequestOutcome | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    govRequest: GovRequestState | null;
  }
}

const MESSAGES: Record<GovExchangeErrorCode, string> = {
  [GovExchangeErrorCode.GOV_SIGNATURE_INVALID]: '请求签名无效',
  [GovExchangeErrorCode.GOV_TIMESTAMP_STALE]: '请求时间戳与服务器时间相差超过 5 分钟，请校准时间后重新签名',
  [GovExchangeErrorCode.GOV_NONCE_REUSED]: '请求随机数（X-Gov-Nonce）已被使用，疑似重放请求',
  [GovExchangeErrorCode.GOV_CONSENT_REQUIRED]: '缺少有效的数据授权编号（X-Gov-Consent-Ref）',
  [GovExchangeErrorCode.GOV_BAD_REQUEST]: '请求有误',
  [GovExchangeErrorCode.GOV_UNKNOWN_SOURCE]: '未知的数据源',
  [GovExchangeErrorCode.GOV_UNAVAILABLE]: '数据源暂时不可用，请稍后重试',
};

export function govErrorBody(code: GovExchangeErrorCode, detail?: string): ErrorBody {
  return { code, message: detail === undefined ? MESSAGES[code] : `${MESSAGES[code]}：${detail}` };
}

/** Format of each signed header; a missing or malformed one makes the signature invalid. */
const SIGNED_HEADERS: readonly (readonly [header: string, pattern: RegExp])[] = [
  [GOV_EXCHANGE_HEADERS.appKey, /^[A-Za-z0-9._-]{1,64}$/],
  [GOV_EXCHANGE_HEADERS.timestamp, GOV_EXCHANGE_TIMESTAMP_PATTERN],
  [GOV_EXCHANGE_HEADERS.nonce, GOV_EXCHANGE_NONCE_PATTERN],
  [GOV_EXCHANGE_HEADERS.signature, GOV_EXCHANGE_SIGNATURE_PATTERN],
];

/**
 * `GET /gov/v1/sources/{slug}/{uscc}`: signature, freshness, nonce and consent reference checked in that order,
 * then the source and the USCC; only then is anything generated. Every request under the prefix is logged.
 */
export function registerGovSourceRoutes(app: FastifyInstance, exchange: GovExchange): void {
  app.decorateRequest('govRequest', null);

  app.addHook('onResponse', async (request, reply) => {
    if (!pathOf(request.url).startsWith(GOV_SOURCES_PREFIX)) return;
    const state = request.govRequest;
    const faulted = request.faultDecision?.errorStatus !== null && request.faultDecision?.errorStatus !== undefined;
    const outcome: GovRequestOutcome =
      state?.outcome ?? (faulted ? GovExchangeErrorCode.GOV_UNAVAILABLE : reply.statusCode === 404 ? 'NOT_FOUND' : 'OK');
    recordRequest(exchange, request, { requestId: state?.requestId ?? randomUUID(), status: reply.statusCode, outcome });
  });

  app.get<{ Params: { slug: string; uscc: string } }>(`${GOV_SOURCES_PREFIX}:slug/:uscc`, async (request, reply) => {
    const state: GovRequestState = { requestId: randomUUID(), outcome: null };
    request.govRequest = state;
    void reply.header(GOV_REQUEST_ID_HEADER, state.requestId);
    const refuse = (code: GovExchangeErrorCode, detail?: string): FastifyReply => {
      state.outcome = code;
      return reply.code(GOV_EXCHANGE_ERROR_STATUS[code]).send(govErrorBody(code, detail));
    };

    const authentication = authenticate(exchange, request);
    if (authentication !== null) return refuse(authentication.code, authentication.detail);
    const consentRef = singleHeader(request, GOV_EXCHANGE_HEADERS.consentRef);
    if (consentRef === undefined || !GOV_EXCHANGE_CONSENT_REF_PATTERN.test(consentRef)) {
      return refuse(GovExchangeErrorCode.GOV_CONSENT_REQUIRED);
    }
    const source = dataSourceFromSlug(request.params.slug);
    if (source === undefined) return refuse(GovExchangeErrorCode.GOV_UNKNOWN_SOURCE, request.params.slug.slice(0, 64));
    const { uscc } = request.params;
    const check = validateUscc(uscc);
    if (!check.ok) return refuse(GovExchangeErrorCode.GOV_BAD_REQUEST, `统一社会信用代码无效（${check.reason}）`);

    const asOf = exchange.asOf();
    const full = sourceData(source, enterpriseModel(uscc, asOf));
    const partial = request.faultDecision?.partial;
    const { data, missing } = partial ? dropFields(full, partial) : { data: full, missing: [] };
    state.outcome = missing.length > 0 ? 'PARTIAL' : 'OK';
    const body: GovSourceResponse = {
      source,
      uscc,
      requestId: state.requestId,
      consentRef,
      asOf: lastDayOf(asOf),
      complete: missing.length === 0,
      missing,
      data,
    };
    return body;
  });
}

/** Logs a request held unanswered by the timeout fault. */
export function recordUnansweredRequest(exchange: GovExchange, request: FastifyRequest): void {
  if (!pathOf(request.url).startsWith(GOV_SOURCES_PREFIX)) return;
  recordRequest(exchange, request, { requestId: randomUUID(), status: null, outcome: 'TIMEOUT' });
}

function recordRequest(
  exchange: GovExchange,
  request: FastifyRequest,
  result: { requestId: string; status: number | null; outcome: GovRequestOutcome },
): void {
  const path = pathOf(request.url);
  const [slug, uscc] = path.slice(GOV_SOURCES_PREFIX.length).split('/');
  const logged = (header: string): string | null => singleHeader(request, header)?.slice(0, LOGGED_HEADER_LENGTH) ?? null;
  exchange.requests.record({
    at: new Date(exchange.nowMs()).toISOString(),
    requestId: result.requestId,
    method: request.method,
    path: path.slice(0, 256),
    source: (slug === undefined ? undefined : dataSourceFromSlug(slug)) ?? null,
    uscc: uscc === undefined || uscc === '' ? null : decodeSegment(uscc).slice(0, 32),
    appKey: logged(GOV_EXCHANGE_HEADERS.appKey),
    consentRef: logged(GOV_EXCHANGE_HEADERS.consentRef),
    status: result.status,
    outcome: result.outcome,
  });
}

/** The request's signature, then its freshness, then its nonce; null when all hold. */
function authenticate(
  exchange: GovExchange,
  request: FastifyRequest,
): { code: GovExchangeErrorCode; detail?: string } | null {
  for (const [header, pattern] of SIGNED_HEADERS) {
    const value = singleHeader(request, header);
    if (value === undefined || !pattern.test(value)) {
      return { code: GovExchangeErrorCode.GOV_SIGNATURE_INVALID, detail: `请求头 ${canonicalHeaderName(header)} 缺失或格式不正确` };
    }
  }
  const appKey = singleHeader(request, GOV_EXCHANGE_HEADERS.appKey) ?? '';
  const timestamp = singleHeader(request, GOV_EXCHANGE_HEADERS.timestamp) ?? '';
  const nonce = singleHeader(request, GOV_EXCHANGE_HEADERS.nonce) ?? '';
  const signature = singleHeader(request, GOV_EXCHANGE_HEADERS.signature) ?? '';
  const queryStart = request.url.indexOf('?');
  let matches: boolean;
  try {
    matches = signatureMatches(
      exchange.secretOf(appKey),
      {
        method: request.method,
        path: pathOf(request.url),
        query: queryStart === -1 ? '' : request.url.slice(queryStart + 1),
        timestamp,
        nonce,
        consentRef: singleHeader(request, GOV_EXCHANGE_HEADERS.consentRef) ?? '',
        bodySm3Hex: SM3_OF_EMPTY_BODY,
      },
      signature,
    );
  } catch (error) {
    if (!(error instanceof URIError)) throw error;
    matches = false;
  }
  if (!matches) return { code: GovExchangeErrorCode.GOV_SIGNATURE_INVALID, detail: '应用标识或签名不正确' };
  if (Math.abs(exchange.nowMs() - Number(timestamp)) > GOV_EXCHANGE_TIMESTAMP_TOLERANCE_MS) {
    return { code: GovExchangeErrorCode.GOV_TIMESTAMP_STALE };
  }
  if (!exchange.nonces.use(appKey, nonce)) return { code: GovExchangeErrorCode.GOV_NONCE_REUSED };
  return null;
}

/** A header sent exactly once; a repeated header counts as missing. */
function singleHeader(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function canonicalHeaderName(header: string): string {
  return header.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
