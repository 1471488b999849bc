import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The single row whose counter moves with every change to the published catalogue. */
@Entity({ name: 'catalogue_revision' })
export class CatalogueRevisionEntity {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'bigint', transformer: { to: (value: number) => value, from: (value: string | number) => Number(value) } })
  revision: number;
}
