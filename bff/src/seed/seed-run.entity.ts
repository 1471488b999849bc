import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per seed set applied; its primary key makes a second, concurrent seeding fail instead of duplicating. */
@Entity({ name: 'seed_runs' })
export class SeedRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'applied_at', type: 'datetime', precision: 3 })
  appliedAt: Date;
}
