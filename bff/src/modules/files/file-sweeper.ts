import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { toSqlUtcDatetime } from '../../infra/database/timestamped.entity';
import { sqliteConnectionInTransaction, SqliteWriteQueue } from '../../infra/database/sqlite-write-queue';
import { LOGGER } from '../../infra/logging/logging.module';
import { AuditAction } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import { candidatesSql, conditionalDeleteSql, graceCutoff, SWEEP_BATCH, SWEEP_INTERVAL_MS, SweepThrottle } from './abandoned-uploads';
import { FileStorage } from './file-storage';
import { StoredFileEntity } from './stored-file.entity';

/** How long to wait for SQLite's shared connection to leave a transaction before removing bytes. */
const SETTLE_POLLS = 250;
const SETTLE_POLL_MS = 20;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Removes uploads nothing references (see FILE_REFERENCES) once they are older than ABANDONED_UPLOAD_GRACE_HOURS.
 * Each row goes with a conditional DELETE that re-checks "old and unreferenced" in the statement, in a
 * transaction that first locks the rows (MySQL; writers of references lock them too, see
 * FilesService.findManyForReference) and records one FILES_SWEPT audit entry; the bytes are removed only
 * once that has committed.
 */
@Injectable()
export class FileSweeper {
  private readonly throttle = new SweepThrottle(SWEEP_INTERVAL_MS);
  private background: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(StoredFileEntity) private readonly files: Repository<StoredFileEntity>,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly sqliteQueue: SqliteWriteQueue,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * After a successful upload: starts a bounded sweep in the background, at most once a minute per instance.
   * Never throws and never delays the caller; a failure is logged at warn.
   */
  afterUpload(): void {
    if (!this.throttle.tryStart(this.clock.now())) return;
    this.background = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.sweep())
      .then(
        (removed) => {
          if (removed.length > 0) this.logger.info({ count: removed.length }, 'abandoned uploads swept');
        },
        (error: unknown) => this.logger.warn({ err: error }, 'abandoned upload sweep failed'),
      )
      .finally(() => this.throttle.finish());
  }

  /** Settles when the background sweep started by the last upload has (tests, shutdown). */
  settled(): Promise<void> {
    return this.background;
  }

  /** Removes up to `limit` abandoned uploads, oldest first; answers the ids whose row and bytes are gone. */
  async sweep(limit = SWEEP_BATCH): Promise<string[]> {
    const cutoff = toSqlUtcDatetime(graceCutoff(this.clock.now(), this.config.abandonedUploadGraceHours));
    const candidates = await this.findCandidates(cutoff, limit);
    if (candidates.length === 0) return [];
    const deleted = await this.deleteExclusively(candidates, cutoff);
    return this.removeBytes(deleted);
  }

  private get isMysql(): boolean {
    return this.config.database.dialect === 'mysql';
  }

  private async findCandidates(cutoff: string, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(candidatesSql(this.config.database.dialect), [cutoff, limit]);
    return rows.map((row) => row.id);
  }

  /**
   * On SQLite the one shared connection does not isolate overlapping transactions: the sweep waits for the
   * mutations queued before it and skips this round if some other transaction is still open, so its
   * transaction is never a savepoint inside someone else's that could still roll back.
   */
  private deleteExclusively(ids: readonly string[], cutoff: string): Promise<string[]> {
    if (this.isMysql) return this.deleteRows(ids, cutoff);
    return this.sqliteQueue.exclusive(async () => (sqliteConnectionInTransaction(this.dataSource) ? [] : this.deleteRows(ids, cutoff)));
  }

  private deleteRows(ids: readonly string[], cutoff: string): Promise<string[]> {
    const work = async (manager: EntityManager): Promise<string[]> => {
      await this.lockRows(manager, ids);
      const deleted: string[] = [];
      for (const id of ids) if (await this.deleteIfUnreferenced(manager, id, cutoff)) deleted.push(id);
      if (deleted.length > 0) await this.recordSweep(manager, deleted);
      return deleted;
    };
    // READ COMMITTED on MySQL: the DELETE's reference checks read the latest committed rows without taking shared
    // locks on the content and banner tables, so the sweep cannot deadlock with an editor's save.
    return this.isMysql ? this.dataSource.transaction('READ COMMITTED', work) : this.dataSource.transaction(work);
  }

  /** MySQL: waits for transactions that locked these rows to reference them (in id order, as they lock them). */
  private async lockRows(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (!this.isMysql) return;
    await manager.query(`SELECT id FROM stored_files WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY id FOR UPDATE`, [...ids]);
  }

  private async deleteIfUnreferenced(manager: EntityManager, id: string, cutoff: string): Promise<boolean> {
    const runner = manager.queryRunner;
    if (!runner) throw new Error('the sweep deletes inside a transaction');
    const result = await runner.query(conditionalDeleteSql(this.config.database.dialect), [id, cutoff], true);
    return result.affected === 1;
  }

  /** The system acts here, not a user: actor id and role are null (as for a login by an unknown user). */
  private recordSweep(manager: EntityManager, ids: readonly string[]): Promise<void> {
    return this.audit.record(
      {
        actorId: null,
        actorRole: null,
        action: AuditAction.FILES_SWEPT,
        result: 'SUCCESS',
        targetType: 'FILE',
        detail: { count: ids.length, fileIds: ids.join(','), graceHours: this.config.abandonedUploadGraceHours },
      },
      manager,
    );
  }

  /**
   * Removes the bytes of the deleted rows once their deletion is durable: on SQLite, after the shared connection
   * has left every transaction (a row absent then stays absent), and only for rows that are really gone.
   */
  private async removeBytes(deleted: readonly string[]): Promise<string[]> {
    if (deleted.length === 0) return [];
    await this.untilConnectionSettled(deleted);
    const remaining = new Set((await this.files.find({ select: { id: true }, where: { id: In([...deleted]) } })).map((row) => row.id));
    const gone = deleted.filter((id) => !remaining.has(id));
    for (const id of gone) await this.storage.remove(id);
    return gone;
  }

  private async untilConnectionSettled(ids: readonly string[]): Promise<void> {
    for (let poll = 0; sqliteConnectionInTransaction(this.dataSource); poll += 1) {
      if (poll === SETTLE_POLLS) throw new Error(`SQLite connection stayed in a transaction; bytes of swept files left on disk: ${ids.join(',')}`);
      await pause(SETTLE_POLL_MS);
    }
  }
}
