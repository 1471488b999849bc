import { Injectable } from '@nestjs/common';
import type { CounterVerificationPurpose, LoanApplicationState } from '@rongtong/shared';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { isDuplicateKeyError } from '../../infra/database/duplicate-key';
import { toSqlUtcDatetime } from '../../infra/database/timestamped.entity';
import { ApplicationEventEntity, ApplicationNumberSequenceEntity } from './application-event.entity';
import { CounterVerificationEntity, LoanApplicationEntity, type LoanApplicationRow } from './loan-application.entity';

/** A keyset position: newest first by an instant, the id breaking ties. */
export interface InstantKeyset {
  at: Date;
  id: string;
}

/** What the institution's queue filters on (every field optional). */
export interface InstitutionQueueFilter {
  states: readonly LoanApplicationState[];
  productId: string | null;
  submittedFrom: Date | null;
  submittedTo: Date | null;
  minAmountFen: number | null;
  maxAmountFen: number | null;
}

/** The columns a compare-and-set may change besides state, version and the action time. */
export type ApplicationChanges = Partial<Omit<LoanApplicationRow, 'id' | 'state' | 'version' | 'createdAt' | 'lastActionAt' | 'updatedAt'>>;

/** The queries of loan applications: `loan_applications`, `application_events`, counter verifications, numbers. */
@Injectable()
export class ApplicationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<LoanApplicationEntity | null> {
    return manager.findOneBy(LoanApplicationEntity, { id });
  }

  findByNumber(number: string): Promise<LoanApplicationEntity | null> {
    return this.dataSource.manager.findOneBy(LoanApplicationEntity, { number });
  }

  findByCreateKey(applicantUserId: string, idempotencyKey: string): Promise<LoanApplicationEntity | null> {
    return this.dataSource.manager.findOneBy(LoanApplicationEntity, { applicantUserId, idempotencyKey });
  }

  findBySubmitKey(applicantUserId: string, submitIdempotencyKey: string): Promise<LoanApplicationEntity | null> {
    return this.dataSource.manager.findOneBy(LoanApplicationEntity, { applicantUserId, submitIdempotencyKey });
  }

  async insert(manager: EntityManager, row: LoanApplicationRow): Promise<void> {
    await manager.insert(LoanApplicationEntity, row);
  }

  /**
   * `UPDATE loan_applications SET state = ?, version = version + 1, … WHERE id = ? AND state = ? AND version = ?`:
   * true when exactly this row changed, false (nothing written) when another action changed it since it was read.
   */
  async compareAndSet(
    manager: EntityManager,
    current: Pick<LoanApplicationRow, 'id' | 'state' | 'version'>,
    to: LoanApplicationState,
    changes: ApplicationChanges,
    now: Date,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(LoanApplicationEntity)
      .set({ ...changes, state: to, version: current.version + 1, lastActionAt: now, updatedAt: now })
      .where('id = :id AND state = :state AND version = :version', { id: current.id, state: current.state, version: current.version })
      .execute();
    return result.affected === 1;
  }

  /**
   * The next number of the day, in the caller's transaction: a conditional increment of the day's counter, or the
   * day's first row (two first rows at once: one insert loses on the key and increments instead).
   */
  async nextSequence(manager: EntityManager, day: string): Promise<number> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const bumped = await manager
        .createQueryBuilder()
        .update(ApplicationNumberSequenceEntity)
        .set({ lastValue: () => 'last_value + 1' })
        .where('day = :day', { day })
        .execute();
      if (bumped.affected === 1) {
        const row = await manager.findOneByOrFail(ApplicationNumberSequenceEntity, { day });
        return row.lastValue;
      }
      try {
        await manager.insert(ApplicationNumberSequenceEntity, { day, lastValue: 1 });
        return 1;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
    throw new Error(`application number sequence of ${day} could not be advanced`);
  }

  async insertEvent(manager: EntityManager, event: ApplicationEventEntity): Promise<void> {
    await manager.insert(ApplicationEventEntity, event);
  }

  events(applicationId: string): Promise<ApplicationEventEntity[]> {
    return this.dataSource.manager.find(ApplicationEventEntity, { where: { applicationId }, order: { seq: 'ASC' } });
  }

  async insertCounterVerification(manager: EntityManager, row: CounterVerificationEntity): Promise<void> {
    await manager.insert(CounterVerificationEntity, row);
  }

  /** The latest counter verification of the purpose recorded at or after `since` (any time when null). */
  latestCounterVerification(applicationId: string, purpose: CounterVerificationPurpose, since: Date | null): Promise<CounterVerificationEntity | null> {
    const query = this.dataSource.manager
      .createQueryBuilder(CounterVerificationEntity, 'v')
      .where('v.applicationId = :applicationId AND v.purpose = :purpose', { applicationId, purpose });
    if (since) query.andWhere('v.verifiedAt >= :since', { since: toSqlUtcDatetime(since) });
    return query.orderBy('v.verifiedAt', 'DESC').addOrderBy('v.id', 'DESC').getOne();
  }

  /** The enterprise's applications after `after`, newest first, `limit` rows. */
  enterprisePage(enterpriseId: string, states: readonly LoanApplicationState[], limit: number, after: InstantKeyset | undefined): Promise<LoanApplicationEntity[]> {
    const query = this.ofEnterprise(enterpriseId, states);
    if (after) query.andWhere('(a.createdAt < :afterAt OR (a.createdAt = :afterAt AND a.id < :afterId))', { afterAt: toSqlUtcDatetime(after.at), afterId: after.id });
    return query.orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC').limit(limit).getMany();
  }

  enterpriseCount(enterpriseId: string, states: readonly LoanApplicationState[]): Promise<number> {
    return this.ofEnterprise(enterpriseId, states).getCount();
  }

  /** The institution's submitted applications (never drafts) after `after`, newest submission first. */
  institutionPage(institutionId: string, filter: InstitutionQueueFilter, limit: number, after: InstantKeyset | undefined): Promise<LoanApplicationEntity[]> {
    const query = this.ofInstitution(institutionId, filter);
    if (after) {
      query.andWhere('(a.submittedAt < :afterAt OR (a.submittedAt = :afterAt AND a.id < :afterId))', { afterAt: toSqlUtcDatetime(after.at), afterId: after.id });
    }
    return query.orderBy('a.submittedAt', 'DESC').addOrderBy('a.id', 'DESC').limit(limit).getMany();
  }

  institutionCount(institutionId: string, filter: InstitutionQueueFilter): Promise<number> {
    return this.ofInstitution(institutionId, filter).getCount();
  }

  /** Applications in `states` whose last action was before `cutoff`, oldest first: what the expiry job may expire. */
  dueForExpiry(states: readonly LoanApplicationState[], cutoff: Date, limit: number): Promise<LoanApplicationEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(LoanApplicationEntity, 'a')
      .where('a.state IN (:...states) AND a.lastActionAt < :cutoff', { states: [...states], cutoff: toSqlUtcDatetime(cutoff) })
      .orderBy('a.lastActionAt', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  findByIds(ids: readonly string[]): Promise<LoanApplicationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.findBy(LoanApplicationEntity, { id: In([...ids]) });
  }

  private ofEnterprise(enterpriseId: string, states: readonly LoanApplicationState[]): SelectQueryBuilder<LoanApplicationEntity> {
    const query = this.dataSource.manager.createQueryBuilder(LoanApplicationEntity, 'a').where('a.enterpriseId = :enterpriseId', { enterpriseId });
    if (states.length > 0) query.andWhere('a.state IN (:...states)', { states: [...states] });
    return query;
  }

  private ofInstitution(institutionId: string, filter: InstitutionQueueFilter): SelectQueryBuilder<LoanApplicationEntity> {
    const query = this.dataSource.manager
      .createQueryBuilder(LoanApplicationEntity, 'a')
      .where('a.institutionId = :institutionId AND a.submittedAt IS NOT NULL', { institutionId });
    if (filter.states.length > 0) query.andWhere('a.state IN (:...states)', { states: [...filter.states] });
    if (filter.productId) query.andWhere('a.productId = :productId', { productId: filter.productId });
    if (filter.submittedFrom) query.andWhere('a.submittedAt >= :from', { from: toSqlUtcDatetime(filter.submittedFrom) });
    if (filter.submittedTo) query.andWhere('a.submittedAt < :to', { to: toSqlUtcDatetime(filter.submittedTo) });
    if (filter.minAmountFen !== null) query.andWhere('a.amountFen >= :minAmount', { minAmount: filter.minAmountFen });
    if (filter.maxAmountFen !== null) query.andWhere('a.amountFen <= :maxAmount', { maxAmount: filter.maxAmountFen });
    return query;
  }
}
