import type { DataSource, EntityManager } from 'typeorm';
import { encryptedColumns, type CipherColumn, type CipherPlace } from './encrypted-columns';
import { FieldCipher, FieldCipherError } from './field-cipher';

/** Rows per read and per write transaction: short enough that SQLite's write lock is held for milliseconds. */
export const ROTATION_BATCH = 200;
/** A row changed by the running BFF between read and write is read again this many times before it is reported. */
const MAX_ATTEMPTS = 3;

export interface StoredValue {
  id: string;
  value: string;
}

/** What a batch turned out to hold once each value was looked at. */
export interface PreparedBatch {
  column: CipherColumn;
  /** Value under an old key or unbound (v1): its replacement, written only if the stored value is still `old`. */
  updates: Array<{ id: string; old: string; next: string }>;
  /** Already v2 under the active key. */
  current: number;
  /** Ids whose value does not decrypt at its place (tampered with, moved, or under a key no longer configured). */
  undecryptable: string[];
}

export interface BatchOutcome {
  written: number;
  /** Ids whose value changed between read and write: the BFF wrote them meanwhile, so nothing was written. */
  changed: string[];
  transactionMs: number;
}

export interface ColumnProgress {
  column: CipherColumn;
  checked: number;
  reencrypted: number;
}

export interface RotationSummary {
  reencrypted: number;
  /** Already bound and under the active key. */
  current: number;
  /** Still changing under the rotation after every attempt: run again. */
  changed: Array<{ column: CipherColumn; id: string }>;
  undecryptable: Array<{ column: CipherColumn; id: string }>;
  longestTransactionMs: number;
}

interface RotationOptions {
  batchSize?: number;
  onProgress?: (progress: ColumnProgress) => void;
}

/**
 * `npm run keys:rotate`: rewrites every encrypted column (ENCRYPTED_COLUMNS) as v2 under the active key, while the
 * BFF keeps running. Rows are read by id in batches outside any transaction; each batch is written in one short
 * transaction, every row `WHERE id = ? AND <column> = <the value read>`, so a value the BFF wrote in between is
 * never overwritten (the row is read again and, if it still needs it, re-encrypted). Idempotent: a value already
 * bound and under the active key is left alone.
 */
export class KeyRotation {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async run({ batchSize = ROTATION_BATCH, onProgress }: RotationOptions = {}): Promise<RotationSummary> {
    const summary: RotationSummary = { reencrypted: 0, current: 0, changed: [], undecryptable: [], longestTransactionMs: 0 };
    for (const column of encryptedColumns()) {
      const progress: ColumnProgress = { column, checked: 0, reencrypted: 0 };
      let afterId: string | null = null;
      for (;;) {
        const rows = await this.readBatch(column, afterId, batchSize);
        if (rows.length === 0) break;
        afterId = rows[rows.length - 1]?.id ?? null;
        const outcome = await this.rotateRows(column, rows, summary);
        progress.checked += rows.length;
        progress.reencrypted += outcome;
        onProgress?.({ ...progress });
        if (rows.length < batchSize) break;
      }
    }
    return summary;
  }

  /** The next `limit` non-null values of the column after `afterId`, in id order. */
  async readBatch(column: CipherColumn, afterId: string | null, limit: number = ROTATION_BATCH): Promise<StoredValue[]> {
    const { table, value, id } = this.identifiers(column);
    const after = afterId === null ? '' : ` AND ${id} > ?`;
    const sql = `SELECT ${id} AS id, ${value} AS value FROM ${table} WHERE ${value} IS NOT NULL${after} ORDER BY ${id} LIMIT ${Number(limit)}`;
    return this.rows(await this.dataSource.query(sql, afterId === null ? [] : [afterId]));
  }

  /** Decides for each value: leave it, re-encrypt it, or report it as undecryptable. No database access. */
  prepare(column: CipherColumn, rows: readonly StoredValue[]): PreparedBatch {
    const batch: PreparedBatch = { column, updates: [], current: 0, undecryptable: [] };
    for (const row of rows) {
      if (!this.cipher.needsReencryption(row.value)) {
        batch.current += 1;
        continue;
      }
      const place = { ...column, rowId: row.id } as CipherPlace;
      try {
        batch.updates.push({ id: row.id, old: row.value, next: this.cipher.encrypt(this.cipher.decrypt(row.value, place), place) });
      } catch (error) {
        if (!(error instanceof FieldCipherError)) throw error;
        batch.undecryptable.push(row.id);
      }
    }
    return batch;
  }

  /** One transaction: each replacement is written only where the row still holds the value that was read. */
  async write(batch: PreparedBatch): Promise<BatchOutcome> {
    if (batch.updates.length === 0) return { written: 0, changed: [], transactionMs: 0 };
    const { table, value, id } = this.identifiers(batch.column);
    const unchanged = this.dataSource.options.type === 'mysql' ? `${value} COLLATE utf8mb4_bin = ?` : `${value} = ?`;
    const sql = `UPDATE ${table} SET ${value} = ? WHERE ${id} = ? AND ${unchanged}`;
    const changed: string[] = [];
    let written = 0;
    // From the first statement to the commit: the time the write lock is held (waiting for it is not counted).
    let started = process.hrtime.bigint();
    await this.dataSource.transaction(async (manager: EntityManager) => {
      started = process.hrtime.bigint();
      for (const update of batch.updates) {
        const result = await manager.queryRunner?.query(sql, [update.next, update.id, update.old], true);
        if (result?.affected === 1) written += 1;
        else changed.push(update.id);
      }
    });
    return { written, changed, transactionMs: Number(process.hrtime.bigint() - started) / 1e6 };
  }

  /** The values of these rows now (rows emptied or deleted meanwhile are left out). */
  async reread(column: CipherColumn, ids: readonly string[]): Promise<StoredValue[]> {
    if (ids.length === 0) return [];
    const { table, value, id } = this.identifiers(column);
    const marks = ids.map(() => '?').join(', ');
    return this.rows(await this.dataSource.query(`SELECT ${id} AS id, ${value} AS value FROM ${table} WHERE ${id} IN (${marks}) AND ${value} IS NOT NULL`, [...ids]));
  }

  /** Prepares and writes the rows, reading again those the BFF changed meanwhile; the count re-encrypted. */
  private async rotateRows(column: CipherColumn, rows: readonly StoredValue[], summary: RotationSummary): Promise<number> {
    let pending = rows;
    let reencrypted = 0;
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      const batch = this.prepare(column, pending);
      summary.current += batch.current;
      summary.undecryptable.push(...batch.undecryptable.map((id) => ({ column, id })));
      const outcome = await this.write(batch);
      reencrypted += outcome.written;
      summary.longestTransactionMs = Math.max(summary.longestTransactionMs, outcome.transactionMs);
      if (attempt === MAX_ATTEMPTS) {
        summary.changed.push(...outcome.changed.map((id) => ({ column, id })));
        break;
      }
      pending = await this.reread(column, outcome.changed);
    }
    summary.reencrypted += reencrypted;
    return reencrypted;
  }

  private identifiers(column: CipherColumn): { table: string; value: string; id: string } {
    const escape = (name: string) => this.dataSource.driver.escape(name);
    return { table: escape(column.table), value: escape(column.column), id: escape('id') };
  }

  private rows(result: unknown): StoredValue[] {
    const rows = Array.isArray(result) ? (result as Array<{ id: unknown; value: unknown }>) : [];
    return rows.map((row) => ({ id: String(row.id), value: String(row.value) }));
  }
}
