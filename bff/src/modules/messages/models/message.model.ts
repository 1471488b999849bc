import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../infra/graphql/pagination/connection';
import { MessageKind } from '../message-kind';

@ObjectType('Message', { description: '站内消息' })
export class MessageModel {
  @Field(() => ID)
  id: string;

  @Field(() => MessageKind)
  kind: MessageKind;

  @Field(() => String)
  title: string;

  @Field(() => String)
  body: string;

  @Field(() => String, { nullable: true, description: 'app route to open' })
  link: string | null;

  @Field(() => String, { nullable: true, description: 'UTC ISO; null = unread' })
  readAt: string | null;

  @Field(() => String, { description: 'UTC ISO' })
  createdAt: string;
}

@ObjectType('MessageConnection')
export class MessageConnection extends Connection(MessageModel, 'Message') {}
