import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import { Authenticated, CurrentUser } from '../../core-modules/auth/decorators';
import { PageArgs } from '../../infra/graphql/pagination/page.args';
import { MarkMessagesReadArgs } from './dto/messages.args';
import { MessagesService } from './messages.service';
import { MessageConnection } from './models/message.model';

@Resolver()
export class MessagesResolver {
  constructor(private readonly messages: MessagesService) {}

  @Query(() => MessageConnection, { description: '我的消息，最新在前' })
  @Authenticated()
  myMessages(@CurrentUser() user: AuthUser, @Args() args: PageArgs): Promise<MessageConnection> {
    return this.messages.myMessages(user.userId, args);
  }

  @Query(() => Int, { description: '未读消息数' })
  @Authenticated()
  unreadMessageCount(@CurrentUser() user: AuthUser): Promise<number> {
    return this.messages.unreadCount(user.userId);
  }

  @Mutation(() => Int, { description: '标记为已读，返回本次变为已读的条数' })
  @Authenticated()
  markMessagesRead(@CurrentUser() user: AuthUser, @Args() args: MarkMessagesReadArgs): Promise<number> {
    return this.messages.markRead(user.userId, args.ids);
  }
}
