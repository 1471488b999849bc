import { Args, Context, Int, Resolver, Subscription } from '@nestjs/graphql';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import { Authenticated, CurrentUser } from '../../core-modules/auth/decorators';
import { LiveEventsArgs } from '../../core-modules/events/dto/live-events.args';
import { MessagesLiveService } from './messages-live.service';
import { MessageReceivedEventModel } from './models/message-event.model';

/** Subscriptions over the graphql-ws socket (core-modules/events); the payload the service yields is the field's value. */
@Resolver()
export class MessagesLiveResolver {
  constructor(private readonly live: MessagesLiveService) {}

  @Subscription(() => MessageReceivedEventModel, { description: '实时推送：我收到的新消息', resolve: (event: MessageReceivedEventModel) => event })
  @Authenticated()
  messageReceived(@Context() context: unknown, @Args() args: LiveEventsArgs): AsyncIterableIterator<MessageReceivedEventModel> {
    return this.live.received(context, args.after);
  }

  @Subscription(() => Int, { name: 'unreadMessageCount', description: '实时推送：未读消息数（订阅时先推送当前值）', resolve: (count: number) => count })
  @Authenticated()
  unreadMessageCountChanged(@CurrentUser() user: AuthUser, @Context() context: unknown): AsyncIterableIterator<number> {
    return this.live.unreadCounts(context, user.userId);
  }
}
