import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { Clock } from '../../infra/clock/clock';
import { toSqlUtcDatetime } from '../../infra/database/timestamped.entity';
import { toConnection } from '../../infra/graphql/pagination/connection';
import { decodeCursor, encodeCursor, InvalidCursorError, type Cursor } from '../../infra/graphql/pagination/cursor';
import type { PageArgs } from '../../infra/graphql/pagination/page.args';
import { DomainException } from '../../infra/errors/domain.exception';
import { ErrorCode } from '@rongtong/shared';
import { INVALID_CURSOR_MESSAGE } from '../../infra/graphql/pagination/page.args';
import { OutboxService } from '../../core-modules/events/outbox.service';
import { MessageEntity } from './message.entity';
import type { MessageKind } from './message-kind';
import { MessageTopic, type MessageEventPayload } from './message-topics';
import { MessageConnection, MessageModel } from './models/message.model';

export interface OutgoingMessage {
  userId: string;
  kind: MessageKind;
  title: string;
  body: string;
  link: string | null;
}

const SORT = 'CREATED_DESC';
const INSERT_CHUNK = 200;

@Injectable()
export class MessagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Writes the messages inside the caller's transaction, each with its `message.received` event for its user
   * (the outbox: published once the transaction commits, so the user's app shows it live).
   */
  async send(manager: EntityManager, messages: readonly OutgoingMessage[]): Promise<number> {
    const now = this.clock.now();
    const rows = messages.map((message) => ({ id: randomUUID(), ...message, readAt: null, createdAt: now, updatedAt: now }));
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      await manager.insert(MessageEntity, rows.slice(start, start + INSERT_CHUNK));
    }
    const events = rows.map((row) => ({ topic: MessageTopic.RECEIVED, audience: { userIds: [row.userId] }, payload: messageEventPayload(row) }));
    await this.outbox.addMany(events, manager);
    return rows.length;
  }

  /** The users who already have a message of this kind with this link, read with the caller's manager. */
  async alreadyNotified(manager: EntityManager, kind: MessageKind, link: string): Promise<Set<string>> {
    const rows = await manager.find(MessageEntity, { select: { userId: true }, where: { link, kind } });
    return new Set(rows.map((row) => row.userId));
  }

  async myMessages(userId: string, args: PageArgs): Promise<MessageConnection> {
    const after = args.after ? decodeInstant(args.after) : undefined;
    const query = this.dataSource.manager.createQueryBuilder(MessageEntity, 'm').where('m.userId = :userId', { userId });
    if (after) {
      query.andWhere('(m.createdAt < :afterAt OR (m.createdAt = :afterAt AND m.id < :afterId))', {
        afterAt: toSqlUtcDatetime(new Date(after.key)),
        afterId: after.id,
      });
    }
    const [rows, totalCount] = await Promise.all([
      query.orderBy('m.createdAt', 'DESC').addOrderBy('m.id', 'DESC').limit(args.first + 1).getMany(),
      this.dataSource.manager.countBy(MessageEntity, { userId }),
    ]);
    const cursorOf = (row: MessageEntity) => encodeCursor({ sort: SORT, key: row.createdAt.toISOString(), id: row.id });
    return toConnection(rows, args.first, totalCount, cursorOf, toMessageModel);
  }

  unreadCount(userId: string): Promise<number> {
    return this.dataSource.manager.countBy(MessageEntity, { userId, readAt: IsNull() });
  }

  /**
   * Marks the caller's own messages read; ids of other users' messages are ignored. Returns how many changed. A change
   * raises `message.read` for the user, so the unread badge of their other devices follows.
   */
  markRead(userId: string, ids: readonly string[]): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const result = await manager.update(MessageEntity, { userId, id: In([...ids]), readAt: IsNull() }, { readAt: now, updatedAt: now });
      const changed = result.affected ?? 0;
      if (changed > 0) await this.outbox.add({ topic: MessageTopic.READ, audience: { userIds: [userId] }, payload: { count: changed } }, manager);
      return changed;
    });
  }
}

function messageEventPayload(row: Pick<MessageEntity, 'id' | 'kind' | 'title' | 'body' | 'link' | 'createdAt'>): MessageEventPayload {
  return { messageId: row.id, kind: row.kind, title: row.title, body: row.body, link: row.link, createdAt: row.createdAt.toISOString() };
}

export function toMessageModel(entity: MessageEntity): MessageModel {
  return Object.assign(new MessageModel(), {
    id: entity.id,
    kind: entity.kind,
    title: entity.title,
    body: entity.body,
    link: entity.link,
    readAt: entity.readAt ? entity.readAt.toISOString() : null,
    createdAt: entity.createdAt.toISOString(),
  });
}

function decodeInstant(after: string): Cursor<string> {
  try {
    return decodeCursor(after, SORT, 'instant');
  } catch (error) {
    if (error instanceof InvalidCursorError) throw new DomainException(ErrorCode.BAD_USER_INPUT, INVALID_CURSOR_MESSAGE, [{ field: 'after', message: INVALID_CURSOR_MESSAGE }]);
    throw error;
  }
}
