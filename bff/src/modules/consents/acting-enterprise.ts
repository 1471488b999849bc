import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { EnterpriseRelation } from '../enterprises/enterprise-relation';
import { EnterprisesService } from '../enterprises/enterprises.service';
import { ConsentException } from './consent.exception';

/** The enterprise a session acts for, and how its user stands to it. */
export interface ActingEnterprise {
  enterpriseId: string;
  userId: string;
  relation: EnterpriseRelation;
}

/**
 * Whom a consent operation acts for: the session's current enterprise, while the user's binding to it is active
 * (read afresh, with the caller's manager inside a transaction). Anything else is FORBIDDEN.
 */
@Injectable()
export class ActingEnterprises {
  constructor(private readonly enterprises: EnterprisesService) {}

  async of(user: AuthUser, manager?: EntityManager): Promise<ActingEnterprise> {
    const enterpriseId = user.activeEnterpriseId;
    if (enterpriseId === null) throw ConsentException.notBound();
    const binding = await this.enterprises.findActiveBinding(user.userId, enterpriseId, manager);
    if (binding === null) throw ConsentException.notBound();
    return { enterpriseId, userId: user.userId, relation: binding.relation };
  }
}
