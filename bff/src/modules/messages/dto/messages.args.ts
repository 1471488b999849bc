import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsUUID } from 'class-validator';

@ArgsType()
export class MarkMessagesReadArgs {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: '请选择消息' })
  @ArrayMaxSize(100, { message: '一次最多标记 100 条消息' })
  @IsUUID('all', { each: true, message: '消息编号格式不正确' })
  ids: string[];
}
