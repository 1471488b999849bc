import { Injectable } from '@nestjs/common';
import { LiveEventsService, type PlatformEvent } from '../../core-modules/events/live-events.service';
import { MessageKind } from './message-kind';
import { MessageTopic } from './message-topics';
import { MessagesService } from './messages.service';
import { MessageModel } from './models/message.model';
import { MessageReceivedEventModel } from './models/message-event.model';

/** The live side of messages: the subscriptions behind the 消息 tab and its badge. */
@Injectable()
export class MessagesLiveService {
  constructor(
    private readonly live: LiveEventsService,
    private readonly messages: MessagesService,
  ) {}

  /** Each new message of the subscription's caller; missed ones first when resuming `after` a cursor. */
  received(context: unknown, after: string | null | undefined): AsyncIterableIterator<MessageReceivedEventModel> {
    const events = this.live.stream(context, { topics: [MessageTopic.RECEIVED], after });
    return this.live.project(events, toReceivedEvent);
  }

  /** The caller's unread count now, then again whenever a message arrives or is read (on any of their devices). */
  unreadCounts(context: unknown, userId: string): AsyncIterableIterator<number> {
    const events = this.live.stream(context, { topics: [MessageTopic.RECEIVED, MessageTopic.READ] });
    const count = () => this.messages.unreadCount(userId);
    return this.live.project(events, count, count);
  }
}

const MESSAGE_KINDS = new Set<string>(Object.values(MessageKind));

/** The event as the app receives it; undefined (nothing sent) for a payload this version cannot read. */
export function toReceivedEvent(event: PlatformEvent): MessageReceivedEventModel | undefined {
  const { messageId, kind, title, body, link, createdAt } = event.payload;
  if (typeof messageId !== 'string' || typeof kind !== 'string' || !MESSAGE_KINDS.has(kind)) return undefined;
  if (typeof title !== 'string' || typeof body !== 'string' || typeof createdAt !== 'string') return undefined;
  if (link !== null && typeof link !== 'string') return undefined;
  const message = Object.assign(new MessageModel(), { id: messageId, kind: kind as MessageKind, title, body, link, readAt: null, createdAt });
  return Object.assign(new MessageReceivedEventModel(), { eventId: event.id, topic: event.topic, occurredAt: new Date(event.occurredAt), message });
}
