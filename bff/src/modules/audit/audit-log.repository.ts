import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditChainHeadEntity } from './audit-chain-head.entity';
import { AuditLogEntity } from './audit-log.entity';

const HEAD_ID = 1;

export interface ChainHead {
  lastSeq: number;
  lastHash: string;
}

@Injectable()
export class AuditLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  get isMysql(): boolean {
    return this.dataSource.options.type === 'mysql';
  }

  /** The chain head; on MySQL locked (`FOR UPDATE`) until the surrounding transaction ends. */
  async lockHead(manager: EntityManager): Promise<ChainHead> {
    const query = manager.getRepository(AuditChainHeadEntity).createQueryBuilder('h').where('h.id = :id', { id: HEAD_ID });
    if (this.isMysql) query.setLock('pessimistic_write');
    const head = await query.getOne();
    if (!head) throw new Error('audit_chain_head row is missing');
    return { lastSeq: head.lastSeq, lastHash: head.lastHash };
  }

  async readHead(): Promise<ChainHead> {
    const head = await this.dataSource.getRepository(AuditChainHeadEntity).findOneBy({ id: HEAD_ID });
    if (!head) throw new Error('audit_chain_head row is missing');
    return { lastSeq: head.lastSeq, lastHash: head.lastHash };
  }

  async append(manager: EntityManager, row: AuditLogEntity, previous: ChainHead): Promise<void> {
    await manager.insert(AuditLogEntity, row);
    // Compare-and-set: a writer that raced past the lock (another process on the same SQLite file) fails here.
    const moved = await manager
      .createQueryBuilder()
      .update(AuditChainHeadEntity)
      .set({ lastSeq: row.seq, lastHash: row.hash })
      .where('id = :id AND last_seq = :previousSeq', { id: HEAD_ID, previousSeq: previous.lastSeq })
      .execute();
    if (moved.affected !== 1) throw new Error('audit chain head moved during append');
  }

  /** Newest first; `limit` rows with seq below `beforeSeq` when given. */
  findPage(limit: number, beforeSeq?: number): Promise<AuditLogEntity[]> {
    const query = this.dataSource.getRepository(AuditLogEntity).createQueryBuilder('a');
    if (beforeSeq !== undefined) query.where('a.seq < :beforeSeq', { beforeSeq });
    return query.orderBy('a.seq', 'DESC').limit(limit).getMany();
  }

  count(): Promise<number> {
    return this.dataSource.getRepository(AuditLogEntity).count();
  }

  /** Oldest first, for verification: up to `size` rows after `seq`, none beyond `lastSeq`. */
  batchAfter(seq: number, lastSeq: number, size: number): Promise<AuditLogEntity[]> {
    return this.dataSource
      .getRepository(AuditLogEntity)
      .createQueryBuilder('a')
      .where('a.seq > :seq AND a.seq <= :lastSeq', { seq, lastSeq })
      .orderBy('a.seq', 'ASC')
      .limit(size)
      .getMany();
  }
}
