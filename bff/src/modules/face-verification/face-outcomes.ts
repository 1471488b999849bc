import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxService } from '../../core-modules/events/outbox.service';
import { Clock } from '../../infra/clock/clock';
import type { ProviderOrderView } from './face-provider.client';
import { FaceVerificationState, FINAL_FACE_STATES, type FaceVerificationEntity, type FaceVerificationRow } from './face-verification.entity';
import { FaceVerificationsRepository, type FaceOutcomeChanges } from './face-verifications.repository';

/** The topic of a verification's final outcome; the event goes to its applicant only. */
export const FACE_VERIFICATION_RESULT_TOPIC = 'face-verification.result';

/** What the provider's authoritative view means for our row: the changes to write, or null for none (still open). */
export function outcomeOf(view: ProviderOrderView, row: Pick<FaceVerificationRow, 'state' | 'expiresAt'>, now: Date): Partial<FaceOutcomeChanges> | null {
  const finishedAt = view.finishedAt !== null && !Number.isNaN(Date.parse(view.finishedAt)) ? new Date(view.finishedAt) : now;
  const scoreTenths = view.score === null ? null : Math.round(view.score * 10);
  switch (view.state) {
    case 'PASSED':
      return { state: FaceVerificationState.PASSED, providerResult: view.result, scoreTenths, finishedAt };
    case 'FAILED':
      return { state: FaceVerificationState.FAILED, providerResult: view.result, scoreTenths, finishedAt };
    case 'EXPIRED':
      return { state: FaceVerificationState.EXPIRED, providerResult: null, scoreTenths: null, finishedAt: row.expiresAt };
    case 'PENDING':
      return row.state === FaceVerificationState.INIT ? { state: FaceVerificationState.PENDING } : null;
    case 'INIT':
      return null;
    default: {
      const unexpected: never = view.state;
      throw new Error(`unknown provider state ${String(unexpected)}`);
    }
  }
}

/**
 * The one writer of a verification's state: a compare-and-set on state and version in a transaction that also writes
 * the result event (outbox) when the new state is final — so each real outcome raises exactly one event, however
 * many callbacks, reads and sweeps race to record it.
 */
@Injectable()
export class FaceOutcomes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: FaceVerificationsRepository,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** Applies `changes` to the row as read; answers the row as it stands afterwards (whoever won). */
  async apply(row: FaceVerificationEntity, changes: Partial<FaceOutcomeChanges>): Promise<FaceVerificationEntity> {
    if (FINAL_FACE_STATES.has(row.state)) return row;
    const now = this.clock.now();
    const changed = await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.compareAndSet(manager, row, changes, now))) return false;
      const next = { ...row, ...changes };
      if (next.state !== undefined && FINAL_FACE_STATES.has(next.state)) {
        await this.outbox.add(
          {
            topic: FACE_VERIFICATION_RESULT_TOPIC,
            audience: { userIds: [row.userId] },
            payload: {
              certifyId: row.certifyId,
              applicationId: row.applicationId,
              purpose: row.purpose,
              state: next.state,
              score: next.scoreTenths === null || next.scoreTenths === undefined ? null : next.scoreTenths / 10,
              createdAt: row.createdAt.toISOString(),
              expiresAt: row.expiresAt.toISOString(),
              finishedAt: next.finishedAt ? next.finishedAt.toISOString() : null,
            },
          },
          manager,
        );
      }
      return true;
    });
    if (changed) return Object.assign(row, changes, { version: row.version + 1, updatedAt: now });
    return (await this.repository.findByCertifyId(row.certifyId)) ?? row;
  }
}
