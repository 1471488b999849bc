import { BeforeInsert, BeforeUpdate, Column } from 'typeorm';

/**
 * created_at / updated_at are written by the application in UTC, not by database defaults: MySQL's
 * CURRENT_TIMESTAMP follows the session time zone, SQLite's has no milliseconds, and we want the same
 * value on both. Query-builder inserts must set them explicitly; `save()` goes through these hooks.
 */
export abstract class TimestampedEntity {
  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;

  @BeforeInsert()
  protected stampCreation(): void {
    const now = new Date();
    this.createdAt ??= now;
    this.updatedAt ??= now;
  }

  @BeforeUpdate()
  protected stampUpdate(): void {
    this.updatedAt = new Date();
  }
}

/** The `YYYY-MM-DD HH:MM:SS.mmm` UTC text both dialects compare correctly with a DATETIME column. */
export function toSqlUtcDatetime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}
