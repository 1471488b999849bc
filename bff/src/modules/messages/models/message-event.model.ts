import { Field, ObjectType } from '@nestjs/graphql';
import { LiveEventModel } from '../../../core-modules/events/models/live-event.model';
import { MessageModel } from './message.model';

@ObjectType('MessageReceivedEvent', { implements: () => [LiveEventModel], description: '收到新消息' })
export class MessageReceivedEventModel extends LiveEventModel {
  @Field(() => MessageModel)
  message: MessageModel;
}
