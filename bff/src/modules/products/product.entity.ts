import {
  EnterpriseScale,
  GuaranteeMethod,
  ProductCategory,
  ProductStatus,
  RepaymentMethod,
} from '@rongtong/shared';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';
import { delimitedListTransformer, fenTransformer, jsonListTransformer } from '../../infra/database/transformers';
import { INSTITUTION_ENTITY_NAME, type InstitutionRow } from '../institutions/institution-row';

@Entity({ name: 'products' })
export class ProductEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'institution_id', type: 'varchar', length: 36 })
  institutionId: string;

  @ManyToOne(INSTITUTION_ENTITY_NAME, { nullable: false })
  @JoinColumn({ name: 'institution_id' })
  institution?: InstitutionRow;

  @Column({ type: 'varchar', length: 128 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  category: ProductCategory;

  @Column({ name: 'guarantee_methods', type: 'varchar', length: 128, transformer: delimitedListTransformer })
  guaranteeMethods: GuaranteeMethod[];

  @Column({ name: 'min_amount_fen', type: 'bigint', transformer: fenTransformer })
  minAmountFen: number;

  @Column({ name: 'max_amount_fen', type: 'bigint', transformer: fenTransformer })
  maxAmountFen: number;

  @Column({ name: 'min_term_months', type: 'int' })
  minTermMonths: number;

  @Column({ name: 'max_term_months', type: 'int' })
  maxTermMonths: number;

  @Column({ name: 'min_rate_bp', type: 'int' })
  minRateBp: number;

  @Column({ name: 'max_rate_bp', type: 'int' })
  maxRateBp: number;

  @Column({ name: 'repayment_methods', type: 'varchar', length: 128, transformer: delimitedListTransformer })
  repaymentMethods: RepaymentMethod[];

  @Column({ name: 'target_region_codes', type: 'varchar', length: 1024, transformer: delimitedListTransformer })
  targetRegionCodes: string[];

  @Column({ name: 'target_industry_codes', type: 'varchar', length: 1024, transformer: delimitedListTransformer })
  targetIndustryCodes: string[];

  @Column({ name: 'target_scales', type: 'varchar', length: 64, transformer: delimitedListTransformer })
  targetScales: EnterpriseScale[];

  @Column({ name: 'min_years_in_business', type: 'int' })
  minYearsInBusiness: number;

  @Column({ name: 'min_credit_grade', type: 'varchar', length: 8, nullable: true })
  minCreditGrade: string | null;

  @Column({ name: 'required_materials', type: 'text', transformer: jsonListTransformer })
  requiredMaterials: string[];

  @Column({ name: 'online_apply', type: 'boolean' })
  onlineApply: boolean;

  @Column({ type: 'varchar', length: 512 })
  summary: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 16 })
  status: ProductStatus;

  @Column({ name: 'apply_count', type: 'int' })
  applyCount: number;

  @Column({ name: 'published_at', type: 'datetime', precision: 3, nullable: true })
  publishedAt: Date | null;

  /** Compared in `UPDATE … WHERE version = ?` by the lifecycle transitions of a later issue. */
  @Column({ type: 'int' })
  version: number;
}
