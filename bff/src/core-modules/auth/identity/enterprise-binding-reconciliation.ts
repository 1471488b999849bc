import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../../infra/clock/clock';
import type { RequestMeta } from '../../../infra/http/request-context';
import { AuditAction, AuditService } from '../../../modules/audit/audit.service';
import { EnterprisesService } from '../../../modules/enterprises/enterprises.service';
import { SessionsService } from '../sessions/sessions.service';
import type { LoginAccount } from './login-completion.service';
import type { VerifiedIdentity } from './oidc-claims';
import type { CodeChannel } from './oidc-code-redemptions';

export interface ReconciledBindings {
  /** The enterprise the claims assert (the new session acts for it), or null. */
  assertedEnterpriseId: string | null;
  /** One line per binding withdrawn by this login, for AuthPayload.notices. */
  notices: string[];
}

/** What the user is told once when the platform no longer asserts their binding to an enterprise. */
export function withdrawalNotice(enterpriseName: string): string {
  return `您与${enterpriseName}的授权关系已由统一身份认证平台撤销，不能再代表该企业办理业务`;
}

/**
 * Enterprise bindings follow the identity platform. The claims of each unified login (browser or 皖事通) state what
 * the platform vouches for now: the one enterprise of a 法人登录, or none. The asserted binding is created, updated
 * or reactivated; every other active binding of the user is deactivated (kept, with the time, as history), the
 * user's sessions acting for such an enterprise switch to the asserted one (or to none), and the user is told.
 * Each change is audited. Runs in the login's transaction.
 */
@Injectable()
export class EnterpriseBindingReconciliation {
  constructor(
    private readonly enterprises: EnterprisesService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async follow(
    manager: EntityManager,
    user: LoginAccount,
    identity: VerifiedIdentity,
    context: { channel: CodeChannel; meta: RequestMeta },
  ): Promise<ReconciledBindings> {
    const asserted = identity.enterprise === null ? null : await this.assert(manager, user, identity.enterprise, context);
    const withdrawn = await this.enterprises.deactivateAllBut(manager, user.id, asserted, this.clock.now());
    if (withdrawn.length > 0) {
      await this.sessions.leaveEnterprises(manager, user.id, withdrawn.map((binding) => binding.enterpriseId), asserted);
    }
    for (const binding of withdrawn) {
      await this.record(manager, user, AuditAction.ENTERPRISE_BINDING_WITHDRAWN, binding.enterpriseId, binding.relation, context);
    }
    return { assertedEnterpriseId: asserted, notices: withdrawn.map((binding) => withdrawalNotice(binding.enterprise.name)) };
  }

  private async assert(
    manager: EntityManager,
    user: LoginAccount,
    claimed: NonNullable<VerifiedIdentity['enterprise']>,
    context: { channel: CodeChannel; meta: RequestMeta },
  ): Promise<string> {
    const enterprise = await this.enterprises.upsertFromIdentity(manager, claimed);
    const { reactivated } = await this.enterprises.bind(manager, user.id, enterprise.id, claimed.relation);
    if (reactivated) await this.record(manager, user, AuditAction.ENTERPRISE_BINDING_RESTORED, enterprise.id, claimed.relation, context);
    return enterprise.id;
  }

  private record(
    manager: EntityManager,
    user: LoginAccount,
    action: AuditAction,
    enterpriseId: string,
    relation: string,
    context: { channel: CodeChannel; meta: RequestMeta },
  ): Promise<void> {
    return this.audit.record(
      {
        actorId: user.id,
        actorRole: user.role,
        action,
        result: 'SUCCESS',
        targetType: 'ENTERPRISE',
        targetId: enterpriseId,
        meta: context.meta,
        detail: { channel: context.channel, relation },
      },
      manager,
    );
  }
}
