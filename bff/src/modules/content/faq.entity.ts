import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampedEntity } from '../../infra/database/timestamped.entity';
import { jsonListTransformer } from '../../infra/database/transformers';

@Entity({ name: 'faqs' })
export class FaqEntity extends TimestampedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  category: string;

  @Column({ type: 'varchar', length: 512 })
  question: string;

  @Column({ type: 'text' })
  answer: string;

  /** Free words for the chatbot's retrieval; displayed, not filtered in SQL. */
  @Column({ type: 'text', transformer: jsonListTransformer })
  keywords: string[];

  /** Display order within a category. */
  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;
}
