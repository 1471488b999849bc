import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { Clock } from '../../infra/clock/clock';
import { toSqlUtcDatetime } from '../../infra/database/timestamped.entity';
import { AuditAction, AuditService, type AuditDetail } from '../audit/audit.service';
import { BannerStatus } from './banner-status';
import { BannerEntity } from './banner.entity';
import { toBannerModel } from './banner.mapper';
import { FilePurpose } from '../files/file-purpose';
import { FilesService } from '../files/files.service';
import { isWindowOrdered, uploadedImageId, WINDOW_MESSAGE } from './banner-rules';
import { BannersException } from './banners.exception';
import type { BannerInput } from './dto/banner.input';
import type { BannerModel } from './models/banner.model';

interface BannerFields {
  title: string;
  subtitle: string | null;
  imageUrl: string;
  linkPath: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  status: BannerStatus;
}

function toFields(input: BannerInput): BannerFields {
  const fields: BannerFields = {
    title: input.title.trim(),
    subtitle: input.subtitle?.trim() || null,
    imageUrl: input.imageUrl,
    linkPath: input.linkPath ?? null,
    startsAt: input.startsAt ? new Date(input.startsAt) : null,
    endsAt: input.endsAt ? new Date(input.endsAt) : null,
    status: input.status ?? BannerStatus.ACTIVE,
  };
  if (!fields.title) throw BannersException.invalid('input.title', '标题须为 1–64 个字符');
  if (!isWindowOrdered(fields)) throw BannersException.invalid('input.endsAt', WINDOW_MESSAGE);
  return fields;
}

@Injectable()
export class BannersService {
  constructor(
    @InjectRepository(BannerEntity) private readonly banners: Repository<BannerEntity>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly files: FilesService,
  ) {}

  /** Active banners whose window contains now, in display order. */
  async homeBanners(): Promise<BannerModel[]> {
    const now = toSqlUtcDatetime(this.clock.now());
    const rows = await this.banners
      .createQueryBuilder('b')
      .where('b.status = :status', { status: BannerStatus.ACTIVE })
      .andWhere('(b.startsAt IS NULL OR b.startsAt <= :now)', { now })
      .andWhere('(b.endsAt IS NULL OR b.endsAt > :now)', { now })
      .orderBy('b.sortOrder', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .getMany();
    return rows.map(toBannerModel);
  }

  async all(): Promise<BannerModel[]> {
    const rows = await this.banners.find({ order: { sortOrder: 'ASC', id: 'ASC' } });
    return rows.map(toBannerModel);
  }

  async create(caller: AuthUser, input: BannerInput, meta: RequestMeta): Promise<BannerModel> {
    const fields = toFields(input);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await this.checkUploadedImage(manager, fields.imageUrl);
      const sortOrder = input.sortOrder ?? (await this.nextSortOrder(manager));
      const now = this.clock.now();
      await manager.insert(BannerEntity, { id, ...fields, sortOrder, createdAt: now, updatedAt: now });
      await this.record(manager, caller, AuditAction.BANNER_CREATED, id, meta, { status: fields.status, sortOrder });
    });
    return toBannerModel(await this.banners.findOneByOrFail({ id }));
  }

  async update(caller: AuthUser, id: string, input: BannerInput, meta: RequestMeta): Promise<BannerModel> {
    const fields = toFields(input);
    await this.dataSource.transaction(async (manager) => {
      await this.checkUploadedImage(manager, fields.imageUrl);
      const existing = await this.findOrFail(manager, id);
      const sortOrder = input.sortOrder ?? existing.sortOrder;
      await manager.update(BannerEntity, { id }, { ...fields, sortOrder, updatedAt: this.clock.now() });
      await this.record(manager, caller, AuditAction.BANNER_UPDATED, id, meta, { status: fields.status, sortOrder });
    });
    return toBannerModel(await this.banners.findOneByOrFail({ id }));
  }

  async delete(caller: AuthUser, id: string, meta: RequestMeta): Promise<string> {
    await this.dataSource.transaction(async (manager) => {
      await this.findOrFail(manager, id);
      await manager.delete(BannerEntity, { id });
      await this.record(manager, caller, AuditAction.BANNER_DELETED, id, meta, {});
    });
    return id;
  }

  /** `ids` must name every banner exactly once; they get sort orders 1, 2, 3… in that order. */
  async reorder(caller: AuthUser, ids: string[], meta: RequestMeta): Promise<BannerModel[]> {
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.find(BannerEntity, { select: { id: true } });
      const known = new Set(existing.map((row) => row.id));
      if (new Set(ids).size !== ids.length || ids.length !== known.size || !ids.every((id) => known.has(id))) {
        throw BannersException.invalid('ids', '请按新顺序提供全部轮播图编号，每个一次');
      }
      const now = this.clock.now();
      for (const [index, id] of ids.entries()) {
        await manager.update(BannerEntity, { id }, { sortOrder: index + 1, updatedAt: now });
      }
      await this.record(manager, caller, AuditAction.BANNERS_REORDERED, null, meta, { count: ids.length });
    });
    return this.all();
  }

  /**
   * An uploaded image must exist and have been uploaded as a banner image (so it is public and an image). Read in
   * the banner's transaction, locked against the abandoned-upload sweep until the banner referencing it commits.
   */
  private async checkUploadedImage(manager: EntityManager, imageUrl: string): Promise<void> {
    const fileId = uploadedImageId(imageUrl);
    if (!fileId) return;
    const purpose = (await this.files.findManyForReference(manager, [fileId])).get(fileId);
    if (purpose !== FilePurpose.BANNER_IMAGE) throw BannersException.invalid('input.imageUrl', '图片不存在，请重新上传');
  }

  private async findOrFail(manager: EntityManager, id: string): Promise<BannerEntity> {
    const banner = await manager.findOneBy(BannerEntity, { id });
    if (!banner) throw BannersException.notFound();
    return banner;
  }

  private async nextSortOrder(manager: EntityManager): Promise<number> {
    const row = await manager
      .createQueryBuilder(BannerEntity, 'b')
      .select('MAX(b.sortOrder)', 'max')
      .getRawOne<{ max: number | string | null }>();
    return Number(row?.max ?? 0) + 1;
  }

  private record(
    manager: EntityManager,
    caller: AuthUser,
    action: AuditAction,
    targetId: string | null,
    meta: RequestMeta,
    detail: AuditDetail,
  ): Promise<void> {
    return this.audit.record(
      { actorId: caller.userId, actorRole: caller.role, action, result: 'SUCCESS', targetType: 'BANNER', targetId: targetId ?? undefined, meta, detail },
      manager,
    );
  }
}
