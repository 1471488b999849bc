import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestMeta } from '../../../infra/http/request-context';
import { AuditAction, AuditService } from '../../../modules/audit/audit.service';
import { EnterprisesService } from '../../../modules/enterprises/enterprises.service';
import type { AuthUser } from '../auth-user';
import { MeBuilder } from '../me/me.builder';
import type { MeModel } from '../me/models/me.model';
import { SessionsService } from '../sessions/sessions.service';
import { IdentityException } from './identity.exception';

/** Which of the user's enterprises this session acts for. */
@Injectable()
export class EnterpriseSwitchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly enterprises: EnterprisesService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly meBuilder: MeBuilder,
  ) {}

  async switchTo(user: AuthUser, enterpriseId: string, meta: RequestMeta): Promise<MeModel> {
    const enterprise = await this.enterprises.findBound(user.userId, enterpriseId);
    const entry = {
      actorId: user.userId,
      actorRole: user.role,
      action: AuditAction.ENTERPRISE_SWITCHED,
      targetType: 'ENTERPRISE',
      targetId: enterpriseId,
      meta,
    };
    // Only an active binding counts: one the identity platform withdrew is refused like one that never existed.
    if (!enterprise || !(await this.sessions.setActiveEnterprise(user.sessionId, enterprise.id))) {
      await this.audit.record({ ...entry, result: 'DENIED', detail: { reason: 'NOT_BOUND' } });
      throw IdentityException.enterpriseNotBound();
    }
    await this.audit.record({ ...entry, result: 'SUCCESS', detail: { fromEnterpriseId: user.activeEnterpriseId } });
    return this.meBuilder.me(this.dataSource.manager, user.userId, enterprise.id);
  }
}
