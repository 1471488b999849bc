import {
  CONSENT_GRANTEE_KINDS_BY_PURPOSE,
  CONSENT_MAX_MONTHS,
  CONSENT_PURPOSE_LABELS,
  CONSENT_PURPOSES,
  ConsentGranteeKind,
  ConsentPurpose,
  defaultConsentExpiry,
  latestConsentExpiry,
  ProductStatus,
  type DataSource,
  type FieldError,
} from '@rongtong/shared';
import { createHash } from 'node:crypto';
import { EnterpriseRelation } from '../enterprises/enterprise-relation';

/** A grant as the client sends it (after the edge validation of GrantDataConsentInput). */
export interface GrantRequest {
  sources: readonly DataSource[];
  purpose: ConsentPurpose;
  granteeKind: ConsentGranteeKind;
  institutionId?: string | null;
  productId?: string | null;
  /** ISO 8601 instant; absent = the default (one year, capped by the purpose's maximum). */
  expiresAt?: string | null;
  agreementVersion: string;
  agreementSha256: string;
  idempotencyKey: string;
}

/** What the database says about a grant request, read before any write. */
export interface GrantContext {
  now: Date;
  relation: EnterpriseRelation;
  /** What the enterprise lets agents grant for. */
  agentPurposes: readonly ConsentPurpose[];
  /** The current agreement of the request's purpose; null when none is published. */
  agreement: { version: string; sha256: string } | null;
  /** Whether the named institution exists and is listed; null when none is named. */
  institutionListed: boolean | null;
  /** The named product; null when none is named or it does not exist. */
  product: { status: ProductStatus; institutionId: string } | null;
}

export type GrantVerdict = { ok: true; expiresAt: Date } | { ok: false; fields: FieldError[] };

const FIELD = (name: string) => `input.${name}`;

function formatDay(instant: Date): string {
  // Shown to users in China: the calendar day in UTC+8.
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Parses the requested expiry (or takes the default) and checks it: strictly after now and not after the purpose's
 * maximum. Answers the instant or the field error.
 */
export function consentExpiry(purpose: ConsentPurpose, requested: string | null | undefined, now: Date): { expiresAt: Date } | { error: FieldError } {
  if (requested === null || requested === undefined) return { expiresAt: defaultConsentExpiry(purpose, now) };
  const expiresAt = new Date(requested);
  if (Number.isNaN(expiresAt.getTime())) return { error: { field: FIELD('expiresAt'), message: '授权到期时间格式不正确' } };
  if (expiresAt.getTime() <= now.getTime()) return { error: { field: FIELD('expiresAt'), message: '授权到期时间必须晚于当前时间' } };
  const latest = latestConsentExpiry(purpose, now);
  if (expiresAt.getTime() > latest.getTime()) {
    const message = `${CONSENT_PURPOSE_LABELS[purpose]}的授权期限最长 ${CONSENT_MAX_MONTHS[purpose]} 个月，到期时间不能晚于 ${formatDay(latest)}`;
    return { error: { field: FIELD('expiresAt'), message } };
  }
  return { expiresAt };
}

/** Whether the client proved it showed the current agreement text: same version and the SHA-256 of that text. */
export function agreementErrors(request: Pick<GrantRequest, 'agreementVersion' | 'agreementSha256'>, agreement: GrantContext['agreement']): FieldError[] {
  if (agreement === null) return [{ field: FIELD('agreementVersion'), message: '该用途的授权协议尚未发布，暂不能授权' }];
  if (request.agreementVersion !== agreement.version) {
    return [{ field: FIELD('agreementVersion'), message: `授权协议已更新为 ${agreement.version} 版，请阅读新版协议后再授权` }];
  }
  if (request.agreementSha256 !== agreement.sha256) {
    return [{ field: FIELD('agreementSha256'), message: '协议摘要与协议原文不一致，请重新打开协议完整阅读后再授权' }];
  }
  return [];
}

function granteeErrors(request: GrantRequest, context: GrantContext): FieldError[] {
  const errors: FieldError[] = [];
  const institutionId = request.institutionId ?? null;
  const productId = request.productId ?? null;
  if (!CONSENT_GRANTEE_KINDS_BY_PURPOSE[request.purpose].includes(request.granteeKind)) {
    errors.push({ field: FIELD('granteeKind'), message: `${CONSENT_PURPOSE_LABELS[request.purpose]}的数据只能授权给融通平台` });
  }
  if (request.granteeKind === ConsentGranteeKind.PLATFORM && institutionId !== null) {
    errors.push({ field: FIELD('institutionId'), message: '接收方为融通平台时不能指定金融机构' });
  }
  if (request.granteeKind === ConsentGranteeKind.INSTITUTION) {
    if (institutionId === null) errors.push({ field: FIELD('institutionId'), message: '请选择接收数据的金融机构' });
    else if (context.institutionListed !== true) errors.push({ field: FIELD('institutionId'), message: '该金融机构不存在或已暂停服务' });
  }
  if (productId !== null) {
    if (request.purpose !== ConsentPurpose.LOAN_APPLICATION || request.granteeKind !== ConsentGranteeKind.INSTITUTION) {
      errors.push({ field: FIELD('productId'), message: '只有向金融机构申请贷款的授权可以指定贷款产品' });
    } else if (context.product === null || context.product.status !== ProductStatus.PUBLISHED || context.product.institutionId !== institutionId) {
      errors.push({ field: FIELD('productId'), message: '该贷款产品不存在、未上架或不属于所选金融机构' });
    }
  }
  return errors;
}

/** Every rule of a grant that needs the database's answers; all field errors at once, or the expiry to record. */
export function judgeGrant(request: GrantRequest, context: GrantContext): GrantVerdict {
  const fields: FieldError[] = [];
  if (context.relation === EnterpriseRelation.AGENT && !context.agentPurposes.includes(request.purpose)) {
    fields.push({
      field: FIELD('purpose'),
      message: `经办人不能授权用于${CONSENT_PURPOSE_LABELS[request.purpose]}，请由企业法定代表人授权，或请其在“经办人授权范围”中开启该用途`,
    });
  }
  fields.push(...granteeErrors(request, context));
  const expiry = consentExpiry(request.purpose, request.expiresAt, context.now);
  if ('error' in expiry) fields.push(expiry.error);
  fields.push(...agreementErrors(request, context.agreement));
  if (fields.length > 0 || !('expiresAt' in expiry)) return { ok: false, fields };
  return { ok: true, expiresAt: expiry.expiresAt };
}

/** Purposes in the canonical order, each once. */
export function normalisePurposes(purposes: readonly ConsentPurpose[]): ConsentPurpose[] {
  return CONSENT_PURPOSES.filter((purpose) => purposes.includes(purpose));
}

/**
 * The SHA-256 of what a grant asked for, stored with the consent: a retry with the same idempotency key and the same
 * request returns the first consent, the same key with another request is a conflict. Source order does not matter.
 */
export function grantRequestHash(enterpriseId: string, request: GrantRequest): string {
  const canonical = JSON.stringify([
    enterpriseId,
    [...request.sources].sort(),
    request.purpose,
    request.granteeKind,
    request.institutionId ?? null,
    request.productId ?? null,
    request.expiresAt ?? null,
    request.agreementVersion,
    request.agreementSha256,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
