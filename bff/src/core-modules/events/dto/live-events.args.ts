import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { CURSOR_PATTERN } from '../event-cursor';

/** The arguments every event subscription takes. */
@ArgsType()
export class LiveEventsArgs {
  @Field(() => ID, {
    nullable: true,
    description: '续传点：上次收到的事件编号，或 connection_ack 中的 cursor；给出时先补发此后错过的事件（最多回溯 10 分钟）',
  })
  @IsOptional()
  @Matches(CURSOR_PATTERN, { message: '续传点格式不正确' })
  after?: string | null;
}
