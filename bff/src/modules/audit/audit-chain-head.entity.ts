import { Column, Entity, PrimaryColumn } from 'typeorm';
import { sequenceTransformer } from './audit-log.entity';

/** The single row (id 1) holding the chain's last sequence number and hash; appends lock it. */
@Entity({ name: 'audit_chain_head' })
export class AuditChainHeadEntity {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ name: 'last_seq', type: 'bigint', transformer: sequenceTransformer })
  lastSeq: number;

  @Column({ name: 'last_hash', type: 'varchar', length: 64 })
  lastHash: string;
}
