import { Injectable } from '@nestjs/common';
import { DataSource, LessThan, type EntityManager } from 'typeorm';
import { isDuplicateKeyError } from '../../infra/database/duplicate-key';
import {
  BiometricConsentEntity,
  FaceCallbackNonceEntity,
  FaceVerificationEntity,
  IdCardCheckEntity,
  type FaceVerificationRow,
  type FaceVerificationState,
  type IdCardSide,
} from './face-verification.entity';

/** The changes a confirmed outcome writes. */
export type FaceOutcomeChanges = Pick<FaceVerificationRow, 'state' | 'providerResult' | 'scoreTenths' | 'finishedAt'>;

/** The queries of face verification's four tables. */
@Injectable()
export class FaceVerificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByCertifyId(certifyId: string, manager: EntityManager = this.dataSource.manager): Promise<FaceVerificationEntity | null> {
    return manager.findOneBy(FaceVerificationEntity, { certifyId });
  }

  async insert(manager: EntityManager, row: FaceVerificationRow): Promise<void> {
    await manager.insert(FaceVerificationEntity, row);
  }

  /** `UPDATE … WHERE id = ? AND state = ? AND version = ?`: true when exactly this row changed. */
  async compareAndSet(manager: EntityManager, row: Pick<FaceVerificationRow, 'id' | 'state' | 'version'>, changes: Partial<FaceOutcomeChanges>, now: Date): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(FaceVerificationEntity)
      .set({ ...changes, updatedAt: now, version: row.version + 1 })
      .where('id = :id AND state = :state AND version = :version', { id: row.id, state: row.state, version: row.version })
      .execute();
    return result.affected === 1;
  }

  /** Open orders whose ten minutes are over, oldest first. */
  overdue(states: readonly FaceVerificationState[], now: Date, limit: number): Promise<FaceVerificationEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(FaceVerificationEntity, 'f')
      .where('f.state IN (:...states) AND f.expires_at <= :now', { states, now })
      .orderBy('f.expires_at', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Records a callback nonce; false when it was seen before (a replay). */
  async useNonce(nonce: string, now: Date, expiresAt: Date): Promise<boolean> {
    try {
      await this.dataSource.manager.insert(FaceCallbackNonceEntity, { nonce, receivedAt: now, expiresAt });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async pruneNonces(now: Date): Promise<void> {
    await this.dataSource.manager.delete(FaceCallbackNonceEntity, { expiresAt: LessThan(now) });
  }

  findConsent(userId: string, version: string): Promise<BiometricConsentEntity | null> {
    return this.dataSource.manager.findOneBy(BiometricConsentEntity, { userId, version });
  }

  /** Records the consent once per user and version; false when it was already given (the first is kept). */
  async insertConsent(manager: EntityManager, row: BiometricConsentEntity): Promise<boolean> {
    if ((await manager.findOneBy(BiometricConsentEntity, { userId: row.userId, version: row.version })) !== null) return false;
    try {
      await manager.insert(BiometricConsentEntity, row);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /** Records a recognition in the caller's transaction (the one that claimed the photo against the upload sweep). */
  async insertIdCardCheck(manager: EntityManager, row: IdCardCheckEntity): Promise<void> {
    await manager.insert(IdCardCheckEntity, row);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The latest recognition of one side of the applicant's card for the application. */
  latestIdCardCheck(userId: string, applicationId: string, side: IdCardSide): Promise<IdCardCheckEntity | null> {
    return this.dataSource.manager.findOne(IdCardCheckEntity, { where: { userId, applicationId, side }, order: { createdAt: 'DESC', id: 'DESC' } });
  }
}
