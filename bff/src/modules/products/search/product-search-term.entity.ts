import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One term of one product's searchable text (see segment.ts); `inName` ranks name matches first. */
@Entity({ name: 'product_search_terms' })
@Index('idx_product_search_terms_product', ['productId'])
export class ProductSearchTermEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  term: string;

  @PrimaryColumn({ name: 'product_id', type: 'varchar', length: 36 })
  productId: string;

  @Column({ name: 'in_name', type: 'boolean' })
  inName: boolean;
}
