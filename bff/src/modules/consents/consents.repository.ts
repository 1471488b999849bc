import { Injectable } from '@nestjs/common';
import { ConsentGranteeKind, ConsentStatus, type ConsentPurpose, type DataSource as GovDataSource } from '@rongtong/shared';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { SqlWhere } from '../../infra/database/sql-where';
import { toSqlUtcDatetime } from '../../infra/database/timestamped.entity';
import type { ConsentGrantee } from './consent-handle';
import { ConsentAgreementEntity } from './consent-agreement.entity';
import { DataConsentEntity, type DataConsentRow } from './data-consent.entity';

/** What a data use needs covered. */
export interface CoverageQuery {
  enterpriseId: string;
  source: GovDataSource;
  grantee: ConsentGrantee;
  purpose: ConsentPurpose;
  /** When given, a consent naming a product must name this one. */
  productId?: string;
}

/** A keyset position in an enterprise's consents, newest grant first. */
export interface ConsentKeyset {
  grantedAt: Date;
  id: string;
}

/** The queries of the consent ledger: `data_consents` and `consent_agreements`. */
@Injectable()
export class ConsentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * An active consent (not revoked, expiring after `now`) of the enterprise covering the source, for exactly this
   * grantee and purpose; of several, the one lasting longest.
   */
  findActiveCovering(query: CoverageQuery, now: Date): Promise<DataConsentEntity | null> {
    const where = new SqlWhere();
    where.add(`c.enterpriseId = ${where.bind(query.enterpriseId)}`);
    where.add(`c.purpose = ${where.bind(query.purpose)}`);
    where.add(`c.granteeKind = ${where.bind(query.grantee.kind)}`);
    where.add(
      query.grantee.kind === ConsentGranteeKind.INSTITUTION
        ? `c.granteeInstitutionId = ${where.bind(query.grantee.institutionId)}`
        : 'c.granteeInstitutionId IS NULL',
    );
    where.add('c.revokedAt IS NULL');
    where.add(`c.expiresAt > ${where.bind(toSqlUtcDatetime(now))}`);
    where.add(where.listHas('c.sources', query.source));
    if (query.productId !== undefined) where.add(`(c.productId IS NULL OR c.productId = ${where.bind(query.productId)})`);
    const builder = this.dataSource.manager.createQueryBuilder(DataConsentEntity, 'c');
    for (const clause of where.clauses) builder.andWhere(clause);
    return builder.setParameters(where.params).orderBy('c.expiresAt', 'DESC').addOrderBy('c.id', 'ASC').getOne();
  }

  /** Whether the consent is neither revoked nor expired at `now` (read afresh, never cached). */
  async isActive(id: string, now: Date): Promise<boolean> {
    const count = await this.dataSource.manager
      .createQueryBuilder(DataConsentEntity, 'c')
      .where('c.id = :id AND c.revokedAt IS NULL AND c.expiresAt > :now', { id, now: toSqlUtcDatetime(now) })
      .getCount();
    return count === 1;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<DataConsentEntity | null> {
    return manager.findOneBy(DataConsentEntity, { id });
  }

  findByGrantorKey(grantedByUserId: string, idempotencyKey: string, manager: EntityManager = this.dataSource.manager): Promise<DataConsentEntity | null> {
    return manager.findOneBy(DataConsentEntity, { grantedByUserId, idempotencyKey });
  }

  async insert(manager: EntityManager, consent: DataConsentRow): Promise<void> {
    await manager.insert(DataConsentEntity, consent);
  }

  /** Revokes by compare-and-set on the version read; answers whether this call did it. */
  async revoke(manager: EntityManager, consent: Pick<DataConsentEntity, 'id' | 'version'>, userId: string, now: Date): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(DataConsentEntity)
      .set({ revokedAt: now, revokedByUserId: userId, version: consent.version + 1, updatedAt: now })
      .where('id = :id AND version = :version AND revoked_at IS NULL', { id: consent.id, version: consent.version })
      .execute();
    return result.affected === 1;
  }

  /** The enterprise's consents in `status` at `now` (all when null) after `after`, newest grant first; `limit` rows. */
  page(enterpriseId: string, status: ConsentStatus | null, now: Date, limit: number, after: ConsentKeyset | undefined): Promise<DataConsentEntity[]> {
    const query = this.ofEnterprise(enterpriseId, status, now);
    if (after) {
      query.andWhere('(c.grantedAt < :afterAt OR (c.grantedAt = :afterAt AND c.id < :afterId))', {
        afterAt: toSqlUtcDatetime(after.grantedAt),
        afterId: after.id,
      });
    }
    return query.orderBy('c.grantedAt', 'DESC').addOrderBy('c.id', 'DESC').limit(limit).getMany();
  }

  count(enterpriseId: string, status: ConsentStatus | null, now: Date): Promise<number> {
    return this.ofEnterprise(enterpriseId, status, now).getCount();
  }

  async referencesByIds(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.manager.find(DataConsentEntity, { select: { id: true, reference: true }, where: { id: In([...ids]) } });
    return new Map(rows.map((row) => [row.id, row.reference]));
  }

  /** The agreement of the purpose published last, not in the future; null when none is. */
  currentAgreement(purpose: ConsentPurpose, now: Date, manager: EntityManager = this.dataSource.manager): Promise<ConsentAgreementEntity | null> {
    return manager
      .createQueryBuilder(ConsentAgreementEntity, 'a')
      .where('a.purpose = :purpose AND a.publishedAt <= :now', { purpose, now: toSqlUtcDatetime(now) })
      .orderBy('a.publishedAt', 'DESC')
      .addOrderBy('a.version', 'DESC')
      .getOne();
  }

  private ofEnterprise(enterpriseId: string, status: ConsentStatus | null, now: Date): SelectQueryBuilder<DataConsentEntity> {
    const query = this.dataSource.manager.createQueryBuilder(DataConsentEntity, 'c').where('c.enterpriseId = :enterpriseId', { enterpriseId });
    const at = toSqlUtcDatetime(now);
    switch (status) {
      case null:
        return query;
      case ConsentStatus.ACTIVE:
        return query.andWhere('c.revokedAt IS NULL AND c.expiresAt > :at', { at });
      case ConsentStatus.EXPIRED:
        return query.andWhere('c.revokedAt IS NULL AND c.expiresAt <= :at', { at });
      case ConsentStatus.REVOKED:
        return query.andWhere('c.revokedAt IS NOT NULL');
      default: {
        const unreachable: never = status;
        return unreachable;
      }
    }
  }
}
