import { Injectable } from '@nestjs/common';
import { LoanApplicationState } from '@rongtong/shared';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import { ApplicationAccess } from './application-access';
import { ApplicationException } from './application.exception';
import { ApplicationsRepository } from './applications.repository';

/** What face verification needs to know of an application it verifies the applicant for. */
export interface FaceVerificationSubjectView {
  applicationId: string;
  enterpriseId: string;
  applicantUserId: string;
  state: LoanApplicationState;
}

/**
 * For the face-verification module: the application, when the caller is its applicant in person acting for its
 * enterprise (NOT_FOUND / FORBIDDEN otherwise, as every applicant operation answers).
 */
@Injectable()
export class FaceVerificationSubjectsService {
  constructor(
    private readonly repository: ApplicationsRepository,
    private readonly access: ApplicationAccess,
  ) {}

  async applicantOf(user: AuthUser, applicationId: string): Promise<FaceVerificationSubjectView> {
    const application = await this.repository.findById(applicationId);
    if (application === null) throw ApplicationException.notFound();
    await this.access.applicant(user, application);
    return { applicationId: application.id, enterpriseId: application.enterpriseId, applicantUserId: application.applicantUserId, state: application.state };
  }
}
