import { Injectable } from '@nestjs/common';
import { DataSource, MoreThanOrEqual } from 'typeorm';
import { FaceVerificationEntity, FaceVerificationState } from './face-verification.entity';

/**
 * The applications module's port FACE_VERIFICATION_RESULTS (applications/identity-verification.ts): face verification
 * is offered, and a subject's latest verification that PASSED — a state only a provider-confirmed result sets —
 * within the window counts.
 */
@Injectable()
export class FaceVerificationResultsService {
  readonly available = true;

  constructor(private readonly dataSource: DataSource) {}

  async passedWithin(subject: { userId: string; applicationId: string }, minutes: number, now: Date): Promise<{ certifyId: string; passedAt: Date } | null> {
    const since = new Date(now.getTime() - minutes * 60_000);
    const row = await this.dataSource.manager.findOne(FaceVerificationEntity, {
      where: { userId: subject.userId, applicationId: subject.applicationId, state: FaceVerificationState.PASSED, finishedAt: MoreThanOrEqual(since) },
      order: { finishedAt: 'DESC' },
    });
    if (row === null || row.finishedAt === null || row.finishedAt.getTime() > now.getTime()) return null;
    return { certifyId: row.certifyId, passedAt: row.finishedAt };
  }
}
