import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, Role } from '@rongtong/shared';
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ReadStream } from 'node:fs';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { DomainException } from '../../infra/errors/domain.exception';
import { AuditAction } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import { contentDisposition, sanitizeFileName } from './file-name';
import { FileReadAccess, isFilePurpose, PURPOSE_RULES, type FilePurpose, type PurposeRule } from './file-purpose';
import { FileStorage } from './file-storage';
import { FileSweeper } from './file-sweeper';
import { EXTENSIONS, extensionOf, MIME_TYPES, sniffFileKind, type FileKind } from './file-type';
import { FileVisibility } from './file-visibility';
import { FileException } from './files.exception';
import { readSingleFile } from './multipart';
import { StoredFileEntity } from './stored-file.entity';
import { toStoredFileView, type StoredFileView } from './stored-file.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MB = 1024 * 1024;

export interface OpenedFile {
  file: StoredFileEntity;
  stream: ReadStream;
}

/** An upload as a module that references it sees it (FilesService.findForClaim). */
export interface ClaimableFile {
  id: string;
  purpose: FilePurpose;
  uploaderId: string;
  name: string;
  mimeType: string;
  size: number;
}

function validIds(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase()))];
}

function purposeOf(raw: unknown): FilePurpose {
  if (isFilePurpose(raw)) return raw;
  throw FileException.invalid('purpose', '上传用途不正确');
}

/** The accepted kind of the bytes, or a field error saying what may be uploaded. */
function acceptedKind(bytes: Buffer, filename: string, rule: PurposeRule): FileKind {
  const kind = sniffFileKind(bytes);
  if (!kind || !rule.kinds.includes(kind)) throw FileException.invalid('file', `不支持的文件类型，请上传${rule.label}`);
  if (!EXTENSIONS[kind].includes(extensionOf(filename))) {
    throw FileException.invalid('file', `文件内容与扩展名不符（内容为 ${EXTENSIONS[kind][0]}），请检查文件`);
  }
  return kind;
}

/** Uploads (sniffed, capped, hashed, audited) and downloads with their access rules. */
@Injectable()
export class FilesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(StoredFileEntity) private readonly files: Repository<StoredFileEntity>,
    private readonly storage: FileStorage,
    private readonly visibility: FileVisibility,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly sweeper: FileSweeper,
    private readonly config: AppConfig,
  ) {}

  async upload(user: AuthUser, rawPurpose: unknown, request: IncomingMessage, meta: RequestMeta): Promise<StoredFileView> {
    const purpose = purposeOf(rawPurpose);
    const rule = PURPOSE_RULES[purpose];
    if (!rule.uploaders.includes(user.role)) throw new DomainException(ErrorCode.FORBIDDEN);
    const part = await readSingleFile(request, {
      maxBytes: rule.maxBytes,
      sizeMessage: `文件不能超过 ${rule.maxBytes / MB} MB`,
      timeoutMs: this.config.uploadTimeoutSeconds * 1000,
    });
    // The extension checked is the one of the name that is stored and shown.
    const originalName = sanitizeFileName(part.filename);
    const kind = acceptedKind(part.bytes, originalName, rule);
    const now = this.clock.now();
    const entity = Object.assign(new StoredFileEntity(), {
      id: randomUUID(),
      originalName,
      mimeType: MIME_TYPES[kind],
      sizeBytes: part.bytes.length,
      sm3: createHash('sm3').update(part.bytes).digest('hex'),
      purpose,
      uploaderId: user.userId,
      createdAt: now,
      updatedAt: now,
    });
    await this.storage.write(entity.id, part.bytes);
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(StoredFileEntity, entity);
        await this.audit.record(
          {
            actorId: user.userId,
            actorRole: user.role,
            action: AuditAction.FILE_UPLOADED,
            result: 'SUCCESS',
            targetType: 'FILE',
            targetId: entity.id,
            meta,
            detail: { purpose, mimeType: entity.mimeType, size: entity.sizeBytes, sm3: entity.sm3 },
          },
          manager,
        );
      });
    } catch (error) {
      await this.storage.remove(entity.id);
      throw error;
    }
    // In the background, after the answer is decided; it never fails or delays the upload.
    this.sweeper.afterUpload();
    return toStoredFileView(entity);
  }

  /** The file and its bytes if `user` (undefined when anonymous) may read it. */
  async open(id: string, user: AuthUser | undefined): Promise<OpenedFile> {
    const file = UUID.test(id) ? await this.files.findOneBy({ id: id.toLowerCase() }) : null;
    if (!file) throw FileException.notFound();
    if (!(await this.mayRead(file, user))) {
      if (!user) throw new DomainException(ErrorCode.UNAUTHENTICATED);
      throw FileException.forbidden();
    }
    return { file, stream: this.storage.read(file.id) };
  }

  private async mayRead(file: StoredFileEntity, user: AuthUser | undefined): Promise<boolean> {
    const access = PURPOSE_RULES[file.purpose].readAccess;
    switch (access) {
      case FileReadAccess.ANYONE:
        return true;
      case FileReadAccess.OPERATORS_UNTIL_PUBLIC:
        return user?.role === Role.OPERATOR || this.visibility.isPublic(file.id);
      case FileReadAccess.UPLOADER:
        return user !== undefined && user.userId === file.uploaderId;
      default: {
        const unknown: never = access;
        throw new Error(`unknown read access ${String(unknown)}`);
      }
    }
  }

  /**
   * The file and its bytes without any access check, for the module that claimed it and decided who may read it
   * (the applications module serves loan materials to the applicant's enterprise and the deciding institution).
   */
  async openClaimed(id: string): Promise<OpenedFile & { disposition: string }> {
    const file = UUID.test(id) ? await this.files.findOneBy({ id: id.toLowerCase() }) : null;
    if (!file) throw FileException.notFound();
    const disposition = contentDisposition(file.originalName, file.mimeType.startsWith('image/') ? 'inline' : 'attachment');
    return { file, stream: this.storage.read(file.id), disposition };
  }

  /**
   * An upload a module is about to reference, read in the caller's transaction with the same lock as
   * `findManyForReference` (so the abandoned-upload sweep cannot remove it before the reference commits), with its
   * uploader; null when it does not exist.
   */
  async findForClaim(manager: EntityManager, id: string): Promise<ClaimableFile | null> {
    if (!UUID.test(id)) return null;
    const lock = manager.connection.options.type === 'mysql' ? ' LOCK IN SHARE MODE' : '';
    const rows: Array<{ id: string; purpose: FilePurpose; uploader_id: string; original_name: string; mime_type: string; size_bytes: number | string }> =
      await manager.query(`SELECT id, purpose, uploader_id, original_name, mime_type, size_bytes FROM stored_files WHERE id = ?${lock}`, [id.toLowerCase()]);
    const row = rows[0];
    if (!row) return null;
    return { id: row.id, purpose: row.purpose, uploaderId: row.uploader_id, name: row.original_name, mimeType: row.mime_type, size: Number(row.size_bytes) };
  }

  /** SHA-256 (lowercase hex) of a stored file's bytes. */
  async sha256Of(id: string): Promise<string> {
    const hash = createHash('sha256');
    for await (const chunk of this.storage.read(id)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  }

  /** Files by id (unknown ids are left out), for modules that reference uploads. */
  async findMany(ids: readonly string[]): Promise<Map<string, StoredFileView & { purpose: FilePurpose }>> {
    const valid = validIds(ids);
    const rows = valid.length === 0 ? [] : await this.files.findBy({ id: In(valid) });
    return new Map(rows.map((row) => [row.id, { ...toStoredFileView(row), purpose: row.purpose }]));
  }

  /**
   * The purposes of the files that still exist, read in the caller's transaction — the one that writes the
   * reference — so that the abandoned-upload sweep cannot remove them before it commits: on MySQL the rows stay
   * share-locked until then (the sweep locks them for update first); on SQLite the sweep never overlaps it. A
   * file swept before is simply missing here, and the caller refuses it with its field error.
   */
  async findManyForReference(manager: EntityManager, ids: readonly string[]): Promise<Map<string, FilePurpose>> {
    const valid = validIds(ids);
    if (valid.length === 0) return new Map();
    // LOCK IN SHARE MODE rather than FOR SHARE: MariaDB understands only the former, MySQL 8 both.
    const lock = manager.connection.options.type === 'mysql' ? ' ORDER BY id LOCK IN SHARE MODE' : '';
    const rows: Array<{ id: string; purpose: FilePurpose }> = await manager.query(
      `SELECT id, purpose FROM stored_files WHERE id IN (${valid.map(() => '?').join(', ')})${lock}`,
      valid,
    );
    return new Map(rows.map((row) => [row.id, row.purpose]));
  }
}
