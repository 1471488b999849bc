import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager, type EntityTarget } from 'typeorm';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { Clock } from '../../infra/clock/clock';
import { AuditAction, type AuditDetail } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import { ContentAttachmentsService } from './content-attachments.service';
import { ContentException } from './content.exception';
import { toNewsModel, toPolicyModel } from './content.mapper';
import { newsFields, policyFields } from './content-input';
import { ContentStatus } from './content-status';
import type { NewsInput, PolicyInput } from './dto/content.input';
import type { NewsModel } from './models/news.model';
import type { PolicyPublicationModel } from './models/policy-push.model';
import type { PolicyModel } from './models/policy.model';
import { NewsEntity } from './news.entity';
import { PolicyEntity } from './policy.entity';
import { PolicyPushService } from './policy-push.service';

type ContentKind = 'POLICY' | 'NEWS';
interface Actor {
  user: AuthUser;
  meta: RequestMeta;
}

/** The item an edit targets, and the version the operator's copy was loaded at. */
interface EditTarget {
  id: string;
  expectedVersion: number;
}

const PUBLISHABLE = [ContentStatus.DRAFT, ContentStatus.WITHDRAWN];
/** The SET expression of every write: the row's version, one up. */
const NEXT_VERSION = (): string => 'version + 1';

/** Operators' writes to policies and news: every change and its audit entry in one transaction. */
@Injectable()
export class ContentAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly push: PolicyPushService,
    private readonly attachments: ContentAttachmentsService,
  ) {}

  async createPolicy(input: PolicyInput, actor: Actor): Promise<PolicyModel> {
    const id = await this.create(PolicyEntity, 'POLICY', { ...policyFields(input) }, input.attachmentIds, actor);
    return toPolicyModel(await this.dataSource.manager.findOneByOrFail(PolicyEntity, { id }));
  }

  async updatePolicy(edit: EditTarget, input: PolicyInput, actor: Actor): Promise<PolicyModel> {
    await this.update(PolicyEntity, 'POLICY', edit, { ...policyFields(input) }, input.attachmentIds, actor);
    return toPolicyModel(await this.dataSource.manager.findOneByOrFail(PolicyEntity, { id: edit.id }));
  }

  /** Publishes and messages the users of matching enterprises, both or neither. */
  async publishPolicy(id: string, actor: Actor): Promise<PolicyPublicationModel> {
    const notifiedUserCount = await this.dataSource.transaction(async (manager) => {
      await this.transition(manager, PolicyEntity, 'POLICY', id, PUBLISHABLE, ContentStatus.PUBLISHED);
      const policy = await manager.findOneByOrFail(PolicyEntity, { id });
      const notified = await this.push.notifyMatching(manager, policy);
      await this.record(manager, actor, AuditAction.CONTENT_PUBLISHED, 'POLICY', id, { notifiedUserCount: notified });
      return notified;
    });
    return { policy: toPolicyModel(await this.dataSource.manager.findOneByOrFail(PolicyEntity, { id })), notifiedUserCount };
  }

  async withdrawPolicy(id: string, actor: Actor): Promise<PolicyModel> {
    await this.dataSource.transaction(async (manager) => {
      await this.transition(manager, PolicyEntity, 'POLICY', id, [ContentStatus.PUBLISHED], ContentStatus.WITHDRAWN);
      await this.record(manager, actor, AuditAction.CONTENT_WITHDRAWN, 'POLICY', id, {});
    });
    return toPolicyModel(await this.dataSource.manager.findOneByOrFail(PolicyEntity, { id }));
  }

  async createNews(input: NewsInput, actor: Actor): Promise<NewsModel> {
    const id = await this.create(NewsEntity, 'NEWS', { ...newsFields(input) }, input.attachmentIds, actor);
    return toNewsModel(await this.dataSource.manager.findOneByOrFail(NewsEntity, { id }));
  }

  async updateNews(edit: EditTarget, input: NewsInput, actor: Actor): Promise<NewsModel> {
    await this.update(NewsEntity, 'NEWS', edit, { ...newsFields(input) }, input.attachmentIds, actor);
    return toNewsModel(await this.dataSource.manager.findOneByOrFail(NewsEntity, { id: edit.id }));
  }

  async publishNews(id: string, actor: Actor): Promise<NewsModel> {
    await this.dataSource.transaction(async (manager) => {
      await this.transition(manager, NewsEntity, 'NEWS', id, PUBLISHABLE, ContentStatus.PUBLISHED);
      await this.record(manager, actor, AuditAction.CONTENT_PUBLISHED, 'NEWS', id, {});
    });
    return toNewsModel(await this.dataSource.manager.findOneByOrFail(NewsEntity, { id }));
  }

  async withdrawNews(id: string, actor: Actor): Promise<NewsModel> {
    await this.dataSource.transaction(async (manager) => {
      await this.transition(manager, NewsEntity, 'NEWS', id, [ContentStatus.PUBLISHED], ContentStatus.WITHDRAWN);
      await this.record(manager, actor, AuditAction.CONTENT_WITHDRAWN, 'NEWS', id, {});
    });
    return toNewsModel(await this.dataSource.manager.findOneByOrFail(NewsEntity, { id }));
  }

  private async create(
    target: EntityTarget<PolicyEntity | NewsEntity>,
    kind: ContentKind,
    fields: object,
    attachmentIds: readonly string[] | null | undefined,
    actor: Actor,
  ): Promise<string> {
    const fileIds = await this.attachments.validate(attachmentIds ?? []);
    const id = randomUUID();
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      await manager.save(target, { ...fields, id, status: ContentStatus.DRAFT, version: 1, createdAt: now, updatedAt: now });
      await this.attachments.replace(manager, kind, id, fileIds);
      await this.record(manager, actor, AuditAction.CONTENT_CREATED, kind, id, { attachmentCount: fileIds.length });
    });
    return id;
  }

  /**
   * Edits keep the status: a published item stays published (no second push). The UPDATE matches only the version
   * the operator loaded, so of two operators saving the same copy the second is refused instead of overwriting.
   */
  private async update(
    target: EntityTarget<PolicyEntity | NewsEntity>,
    kind: ContentKind,
    { id, expectedVersion }: EditTarget,
    fields: object,
    attachmentIds: readonly string[] | null | undefined,
    actor: Actor,
  ): Promise<void> {
    const fileIds = await this.attachments.validate(attachmentIds ?? []);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(target, { id, version: expectedVersion }, { ...fields, version: NEXT_VERSION, updatedAt: this.clock.now() });
      if (!result.affected) {
        await assertExists(manager, target, kind, id);
        throw ContentException.editedMeanwhile();
      }
      await this.attachments.replace(manager, kind, id, fileIds);
      await this.record(manager, actor, AuditAction.CONTENT_UPDATED, kind, id, { attachmentCount: fileIds.length });
    });
  }

  /** A conditional UPDATE, so two operators racing on the same item cannot both succeed. */
  private async transition(
    manager: EntityManager,
    target: EntityTarget<PolicyEntity | NewsEntity>,
    kind: ContentKind,
    id: string,
    from: readonly ContentStatus[],
    to: ContentStatus,
  ): Promise<void> {
    const result = await manager.update(target, { id, status: In([...from]) }, { status: to, version: NEXT_VERSION, updatedAt: this.clock.now() });
    if (result.affected) return;
    await assertExists(manager, target, kind, id);
    throw ContentException.wrongStatus(to === ContentStatus.PUBLISHED ? '该内容已发布' : '只有已发布的内容可以撤回');
  }

  private record(manager: EntityManager, actor: Actor, action: AuditAction, targetType: ContentKind, targetId: string, detail: AuditDetail): Promise<void> {
    return this.audit.record(
      { actorId: actor.user.userId, actorRole: actor.user.role, action, result: 'SUCCESS', targetType, targetId, meta: actor.meta, detail },
      manager,
    );
  }
}

function notFound(kind: ContentKind): ContentException {
  return kind === 'POLICY' ? ContentException.policyNotFound() : ContentException.newsNotFound();
}

/** After a conditional UPDATE matched nothing: NOT_FOUND when the item is gone, otherwise the caller says why. */
async function assertExists(manager: EntityManager, target: EntityTarget<PolicyEntity | NewsEntity>, kind: ContentKind, id: string): Promise<void> {
  if (!(await manager.existsBy(target, { id }))) throw notFound(kind);
}
