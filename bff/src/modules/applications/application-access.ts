import { Injectable } from '@nestjs/common';
import { LoanApplicationActor, LoanApplicationState, Role } from '@rongtong/shared';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import { EnterprisesService } from '../enterprises/enterprises.service';
import type { ApplicationActorRef } from './application-transitions';
import { ApplicationException } from './application.exception';
import type { LoanApplicationRow } from './loan-application.entity';

/** The permission a staff member needs to see and decide applications. */
export const REVIEWER_PERMISSION = 'REVIEWER';

/**
 * Who the caller is to an application: the applicant side (a user acting for the applying enterprise, its binding
 * still active), the deciding institution (a reviewer of the product's institution), or neither (FORBIDDEN).
 */
@Injectable()
export class ApplicationAccess {
  constructor(private readonly enterprises: EnterprisesService) {}

  /** The enterprise the session acts for, while the user's binding to it is active; FORBIDDEN otherwise. */
  async actingEnterprise(user: AuthUser, manager?: EntityManager): Promise<string> {
    const enterpriseId = user.role === Role.ENTERPRISE ? user.activeEnterpriseId : null;
    if (enterpriseId === null) throw ApplicationException.notApplicantSide();
    const binding = await this.enterprises.findActiveBinding(user.userId, enterpriseId, manager);
    if (binding === null) throw ApplicationException.notApplicantSide();
    return enterpriseId;
  }

  /** The caller acts for the application's enterprise; FORBIDDEN otherwise. */
  async applicantSide(user: AuthUser, application: Pick<LoanApplicationRow, 'enterpriseId'>): Promise<ApplicationActorRef> {
    const enterpriseId = await this.actingEnterprise(user);
    if (enterpriseId !== application.enterpriseId) throw ApplicationException.notApplicantSide();
    return { kind: LoanApplicationActor.APPLICANT, userId: user.userId, role: user.role };
  }

  /** The caller is the applicant in person, acting for the application's enterprise (submit, sign, edit the draft). */
  async applicant(user: AuthUser, application: Pick<LoanApplicationRow, 'enterpriseId' | 'applicantUserId'>): Promise<ApplicationActorRef> {
    const actor = await this.applicantSide(user, application);
    if (user.userId !== application.applicantUserId) throw ApplicationException.notApplicant();
    return actor;
  }

  /** The caller reviews for the application's institution; FORBIDDEN otherwise. Drafts are not shared with institutions. */
  institutionSide(user: AuthUser, application: Pick<LoanApplicationRow, 'institutionId' | 'state'>, options: { draftsToo?: boolean } = {}): ApplicationActorRef {
    if (!isReviewer(user) || user.institutionId !== application.institutionId) throw ApplicationException.notDecidingInstitution();
    if (application.state === LoanApplicationState.DRAFT && !options.draftsToo) throw ApplicationException.notFound();
    return { kind: LoanApplicationActor.INSTITUTION, userId: user.userId, role: user.role };
  }

  /** Either side, for reading: which side the caller is on. */
  async viewer(user: AuthUser, application: LoanApplicationRow): Promise<ApplicationActorRef> {
    if (user.role === Role.INSTITUTION_STAFF) return this.institutionSide(user, application);
    return this.applicantSide(user, application);
  }
}

export function isReviewer(user: AuthUser): boolean {
  return user.role === Role.INSTITUTION_STAFF && user.permissions.includes(REVIEWER_PERMISSION) && user.institutionId !== null;
}
