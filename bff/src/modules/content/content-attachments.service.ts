import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { BatchLoader, type RequestLoaders } from '../../infra/graphql/batch-loader';
import { FilePurpose } from '../files/file-purpose';
import { FilesService } from '../files/files.service';
import { FileVisibility } from '../files/file-visibility';
import { ContentAttachmentEntity, type AttachedContentKind } from './content-attachment.entity';
import { ContentStatus } from './content-status';
import { ContentException } from './content.exception';
import type { AttachmentModel } from './models/attachment.model';
import { NewsEntity } from './news.entity';
import { PolicyEntity } from './policy.entity';

const MAX_ATTACHMENTS = 20;
const MISSING_MESSAGE = '附件不存在，请重新上传';

/** Ordered attachments of policies and news; an attached file becomes public when its item is published. */
@Injectable()
export class ContentAttachmentsService implements OnModuleInit {
  constructor(
    @InjectRepository(ContentAttachmentEntity) private readonly links: Repository<ContentAttachmentEntity>,
    private readonly files: FilesService,
    private readonly visibility: FileVisibility,
  ) {}

  onModuleInit(): void {
    this.visibility.register((fileId) => this.isAttachedToPublished(fileId));
  }

  /** Checks the ids (uploaded content attachments, no repeats); throws a field error naming the first bad one. */
  async validate(fileIds: readonly string[]): Promise<string[]> {
    const ids = fileIds.map((id) => id.toLowerCase());
    if (ids.length > MAX_ATTACHMENTS) throw ContentException.invalid('attachmentIds', `附件最多 ${MAX_ATTACHMENTS} 个`);
    const found = await this.files.findMany(ids);
    ids.forEach((id, index) => {
      const file = found.get(id);
      if (!file || file.purpose !== FilePurpose.CONTENT_ATTACHMENT) {
        throw ContentException.invalid(`attachmentIds.${index}`, MISSING_MESSAGE);
      }
      if (ids.indexOf(id) !== index) throw ContentException.invalid(`attachmentIds.${index}`, '同一附件不能重复添加');
    });
    return ids;
  }

  /**
   * Replaces the item's list with `fileIds` (already validated), in the caller's transaction. The files are read
   * again there, locked against the abandoned-upload sweep, so one swept since `validate` is refused, not linked.
   */
  async replace(manager: EntityManager, kind: AttachedContentKind, contentId: string, fileIds: readonly string[]): Promise<void> {
    await this.assertStillStored(manager, fileIds);
    await manager.delete(ContentAttachmentEntity, { contentType: kind, contentId });
    if (fileIds.length === 0) return;
    await manager.insert(
      ContentAttachmentEntity,
      fileIds.map((fileId, position) => ({ contentType: kind, contentId, position, fileId })),
    );
  }

  private async assertStillStored(manager: EntityManager, fileIds: readonly string[]): Promise<void> {
    const purposes = await this.files.findManyForReference(manager, fileIds);
    fileIds.forEach((id, index) => {
      if (purposes.get(id) !== FilePurpose.CONTENT_ATTACHMENT) throw ContentException.invalid(`attachmentIds.${index}`, MISSING_MESSAGE);
    });
  }

  /** The item's attachments in order, batched across one GraphQL response. */
  load(kind: AttachedContentKind, contentId: string, loaders: RequestLoaders): Promise<AttachmentModel[]> {
    const loader = loaders.get(`content-attachments:${kind}`, () => new BatchLoader<string, AttachmentModel[]>((ids) => this.fetch(kind, ids)));
    return loader.load(contentId).then((attachments) => attachments ?? []);
  }

  private async fetch(kind: AttachedContentKind, contentIds: readonly string[]): Promise<Map<string, AttachmentModel[]>> {
    const links = await this.links.find({ where: { contentType: kind, contentId: In([...contentIds]) }, order: { position: 'ASC' } });
    const files = await this.files.findMany(links.map((link) => link.fileId));
    const byContent = new Map<string, AttachmentModel[]>(contentIds.map((id) => [id, []]));
    for (const link of links) {
      const file = files.get(link.fileId);
      if (file) byContent.get(link.contentId)?.push({ id: file.id, name: file.name, mimeType: file.mimeType, size: file.size, url: file.url });
    }
    return byContent;
  }

  private async isAttachedToPublished(fileId: string): Promise<boolean> {
    const published = async (kind: AttachedContentKind, table: typeof PolicyEntity | typeof NewsEntity) =>
      (await this.links
        .createQueryBuilder('a')
        .innerJoin(table, 'c', 'c.id = a.contentId')
        .where('a.fileId = :fileId AND a.contentType = :kind AND c.status = :status', { fileId, kind, status: ContentStatus.PUBLISHED })
        .getCount()) > 0;
    return (await published('POLICY', PolicyEntity)) || (await published('NEWS', NewsEntity));
  }
}
