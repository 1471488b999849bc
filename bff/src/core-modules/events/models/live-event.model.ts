import { Field, ID, InterfaceType } from '@nestjs/graphql';

/**
 * What every event a subscription delivers carries: its id (clients drop one they already have — delivery is at
 * least once — and resume after the last one with `after`), its topic and when it happened.
 */
@InterfaceType('LiveEvent', { description: '实时事件：按 eventId 去重；断线重连时以最后收到的 eventId 作为 after 续传' })
export abstract class LiveEventModel {
  @Field(() => ID, { description: '事件编号（按时间递增）' })
  eventId: string;

  @Field(() => String, { description: '事件主题，如 message.received' })
  topic: string;

  @Field(() => Date, { description: '事件发生时间（UTC）' })
  occurredAt: Date;
}
