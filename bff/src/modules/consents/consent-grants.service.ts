import { Injectable } from '@nestjs/common';
import { ConsentGranteeKind, type ConsentPurpose } from '@rongtong/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { Clock } from '../../infra/clock/clock';
import { isDuplicateKeyError } from '../../infra/database/duplicate-key';
import { timeOrderedUuid } from '../../infra/database/time-ordered-id';
import { AuditAction, AuditService, type AuditDetail } from '../audit/audit.service';
import { DataUseService } from '../data-use/data-use.service';
import { EnterpriseRelation } from '../enterprises/enterprise-relation';
import { EnterprisesService } from '../enterprises/enterprises.service';
import { InstitutionsService } from '../institutions/institutions.service';
import { ProductRecords } from '../products/product-records';
import { ActingEnterprises, type ActingEnterprise } from './acting-enterprise';
import { newConsentReference } from './consent-reference';
import { grantRequestHash, judgeGrant, normalisePurposes, type GrantContext, type GrantRequest } from './consent-rules';
import { ConsentViewsService } from './consent-views.service';
import { ConsentException } from './consent.exception';
import { ConsentsRepository } from './consents.repository';
import type { DataConsentRow } from './data-consent.entity';
import type { DataConsentModel } from './models/data-consent.model';

/**
 * Granting and revoking data consents, and what agents may grant. Every change is one transaction with its data use
 * record (GRANT / REVOKE) and its audit entry; bad input is refused with field errors before anything is written.
 */
@Injectable()
export class ConsentGrantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ConsentsRepository,
    private readonly acting: ActingEnterprises,
    private readonly views: ConsentViewsService,
    private readonly dataUse: DataUseService,
    private readonly audit: AuditService,
    private readonly enterprises: EnterprisesService,
    private readonly institutions: InstitutionsService,
    private readonly products: ProductRecords,
    private readonly clock: Clock,
  ) {}

  /**
   * Grants a consent for the session's enterprise. A retry with the same idempotency key and the same request
   * returns the first consent (one row); the key with another request is CONFLICT.
   */
  async grant(user: AuthUser, request: GrantRequest, meta: RequestMeta): Promise<DataConsentModel> {
    const actor = await this.acting.of(user);
    const requestHash = grantRequestHash(actor.enterpriseId, request);
    const earlier = await this.replayOf(user.userId, request.idempotencyKey, requestHash);
    if (earlier) return earlier;

    const now = this.clock.now();
    const verdict = judgeGrant(request, await this.grantContext(actor, request, now));
    if (!verdict.ok) throw ConsentException.invalid(verdict.fields);
    const consent = this.newConsent(actor, request, requestHash, now, verdict.expiresAt);
    try {
      await this.dataSource.transaction(async (manager) => {
        await this.repository.insert(manager, consent);
        await this.recordChange(manager, 'GRANT', user, actor, consent, meta, {
          sources: consent.sources.join(','),
          granteeKind: consent.granteeKind,
          institutionId: consent.granteeInstitutionId,
          productId: consent.productId,
          agreementVersion: consent.agreementVersion,
          expiresAt: consent.expiresAt.toISOString(),
        });
      });
    } catch (error) {
      // A concurrent retry with the same key won the insert: answer as a retry does.
      const winner = isDuplicateKeyError(error) ? await this.replayOf(user.userId, request.idempotencyKey, requestHash) : null;
      if (winner) return winner;
      throw error;
    }
    return this.modelOf(consent);
  }

  /**
   * Revokes one of the session enterprise's consents, at once: from now on requireActive no longer finds it,
   * stillActive is false and the register profile fetched under it is cleared in the same transaction. Idempotent: revoking a revoked consent answers it as it is and records nothing new. Another
   * enterprise's consent is NOT_FOUND, as an unknown one.
   */
  async revoke(user: AuthUser, consentId: string, meta: RequestMeta): Promise<DataConsentModel> {
    const actor = await this.acting.of(user);
    const consent = await this.repository.findById(consentId);
    if (consent === null || consent.enterpriseId !== actor.enterpriseId) throw ConsentException.notFound();
    if (consent.revokedAt !== null) return this.modelOf(consent);

    const now = this.clock.now();
    const revokedHere = await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.revoke(manager, consent, user.userId, now))) return false;
      // What recommendation and policy push read stops with the consent, not at the next refresh.
      await this.enterprises.clearRegisterProfile(manager, consent.enterpriseId, consent.id);
      await this.recordChange(manager, 'REVOKE', user, actor, consent, meta, {});
      return true;
    });
    const current = await this.repository.findById(consentId);
    if (current === null || (!revokedHere && current.revokedAt === null)) throw ConsentException.changedMeanwhile();
    return this.modelOf(current);
  }

  /** Sets what agents of the session's enterprise may grant; the legal representative only. */
  async updateAgentPurposes(user: AuthUser, purposes: readonly ConsentPurpose[], meta: RequestMeta): Promise<ConsentPurpose[]> {
    const wanted = normalisePurposes(purposes);
    await this.dataSource.transaction(async (manager) => {
      const actor = await this.acting.of(user, manager);
      if (actor.relation !== EnterpriseRelation.LEGAL_REPRESENTATIVE) throw ConsentException.notLegalRepresentative();
      const before = normalisePurposes((await this.enterprises.agentConsentPurposes(actor.enterpriseId, manager)) ?? []);
      if (!(await this.enterprises.setAgentConsentPurposes(manager, actor.enterpriseId, wanted))) throw ConsentException.notBound();
      await this.audit.record(
        {
          actorId: user.userId,
          actorRole: user.role,
          action: AuditAction.AGENT_CONSENT_PURPOSES_CHANGED,
          result: 'SUCCESS',
          targetType: 'ENTERPRISE',
          targetId: actor.enterpriseId,
          meta,
          detail: { from: before.join(','), to: wanted.join(',') },
        },
        manager,
      );
    });
    return wanted;
  }

  /** The use record (GRANT / REVOKE) and the audit entry of a change to a consent, in the change's transaction. */
  private async recordChange(
    manager: EntityManager,
    kind: 'GRANT' | 'REVOKE',
    user: AuthUser,
    actor: ActingEnterprise,
    consent: DataConsentRow,
    meta: RequestMeta,
    detail: AuditDetail,
  ): Promise<void> {
    await this.dataUse.record(
      {
        enterpriseId: actor.enterpriseId,
        kind,
        purpose: consent.purpose,
        consentId: consent.id,
        institutionId: consent.granteeInstitutionId,
        actorUserId: user.userId,
        outcome: 'OK',
      },
      manager,
    );
    await this.audit.record(
      {
        actorId: user.userId,
        actorRole: user.role,
        action: kind === 'GRANT' ? AuditAction.DATA_CONSENT_GRANTED : AuditAction.DATA_CONSENT_REVOKED,
        result: 'SUCCESS',
        targetType: 'DATA_CONSENT',
        targetId: consent.id,
        meta,
        detail: { enterpriseId: actor.enterpriseId, relation: actor.relation, purpose: consent.purpose, ...detail },
      },
      manager,
    );
  }

  /** The consent an earlier grant with this key made, when the request is the same; CONFLICT when it is not. */
  private async replayOf(userId: string, idempotencyKey: string, requestHash: string): Promise<DataConsentModel | null> {
    const earlier = await this.repository.findByGrantorKey(userId, idempotencyKey);
    if (earlier === null) return null;
    if (earlier.requestHash !== requestHash) throw ConsentException.idempotencyKeyReused();
    return this.modelOf(earlier);
  }

  private async grantContext(actor: ActingEnterprise, request: GrantRequest, now: Date): Promise<GrantContext> {
    const institutionId = request.institutionId ?? null;
    const productId = request.productId ?? null;
    const [agreement, agentPurposes, institutionListed, product] = await Promise.all([
      this.repository.currentAgreement(request.purpose, now),
      this.enterprises.agentConsentPurposes(actor.enterpriseId),
      institutionId === null ? Promise.resolve(null) : this.institutions.isListed(institutionId),
      productId === null ? Promise.resolve(null) : this.products.findById(productId),
    ]);
    return {
      now,
      relation: actor.relation,
      agentPurposes: agentPurposes ?? [],
      agreement: agreement && { version: agreement.version, sha256: agreement.sha256 },
      institutionListed,
      product: product && { status: product.status, institutionId: product.institutionId },
    };
  }

  private newConsent(actor: ActingEnterprise, request: GrantRequest, requestHash: string, now: Date, expiresAt: Date): DataConsentRow {
    const institution = request.granteeKind === ConsentGranteeKind.INSTITUTION;
    return {
      id: timeOrderedUuid(),
      reference: newConsentReference(),
      enterpriseId: actor.enterpriseId,
      grantedByUserId: actor.userId,
      grantorRelation: actor.relation,
      sources: [...request.sources],
      purpose: request.purpose,
      granteeKind: request.granteeKind,
      granteeInstitutionId: institution ? (request.institutionId ?? null) : null,
      productId: request.productId ?? null,
      agreementVersion: request.agreementVersion,
      agreementSha256: request.agreementSha256,
      idempotencyKey: request.idempotencyKey,
      requestHash,
      grantedAt: now,
      expiresAt,
      revokedAt: null,
      revokedByUserId: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
  }

  private async modelOf(consent: DataConsentRow): Promise<DataConsentModel> {
    const [model] = await this.views.toModels([consent]);
    if (!model) throw ConsentException.notFound();
    return model;
  }
}
