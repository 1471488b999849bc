import { Injectable } from '@nestjs/common';
import type { Role } from '@rongtong/shared';
import type { EntityManager } from 'typeorm';
import type { RequestMeta } from '../../../infra/http/request-context';
import { AuditAction, AuditService, type AuditDetail } from '../../../modules/audit/audit.service';
import { MeBuilder } from '../me/me.builder';
import type { AuthPayloadModel } from '../sessions/models/auth-payload.model';
import { SessionsService } from '../sessions/sessions.service';

export interface LoginCompletionInput {
  activeEnterpriseId: string | null;
  meta: RequestMeta;
  detail: AuditDetail;
  /** What this login must tell the user (AuthPayload.notices). */
  notices?: readonly string[];
}

/** The account that has just proved who it is. */
export interface LoginAccount {
  id: string;
  role: Role;
}

export interface CompletedLogin {
  payload: AuthPayloadModel;
  sessionId: string;
}

/** The last step of every login, unified or staff: a session, the LOGIN audit entry, the AuthPayload. */
@Injectable()
export class LoginCompletion {
  constructor(
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly meBuilder: MeBuilder,
  ) {}

  async complete(manager: EntityManager, user: LoginAccount, input: LoginCompletionInput): Promise<AuthPayloadModel> {
    return (await this.completeSession(manager, user, input)).payload;
  }

  /** Like `complete`, also naming the session it started. */
  async completeSession(manager: EntityManager, user: LoginAccount, input: LoginCompletionInput): Promise<CompletedLogin> {
    const tokens = await this.sessions.issue(manager, { userId: user.id, activeEnterpriseId: input.activeEnterpriseId, meta: input.meta });
    await this.audit.record(
      {
        actorId: user.id,
        actorRole: user.role,
        action: AuditAction.LOGIN,
        result: 'SUCCESS',
        targetType: 'USER',
        targetId: user.id,
        meta: input.meta,
        detail: input.detail,
      },
      manager,
    );
    return { payload: await this.meBuilder.authPayload(manager, user.id, tokens, input.notices), sessionId: tokens.sessionId };
  }
}
