import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LoanApplicationAction, LoanApplicationActor, LoanApplicationState } from '@rongtong/shared';
import { LiveEventModel } from '../../../core-modules/events/models/live-event.model';
import './application-enums';

@ObjectType('LoanApplicationEvent', { implements: () => [LiveEventModel], description: '贷款申请进度的一步（实时推送）；详情请据 applicationId 查询 loanApplication' })
export class LoanApplicationEventModel extends LiveEventModel {
  @Field(() => ID)
  applicationId: string;

  @Field(() => String, { description: '申请编号' })
  number: string;

  @Field(() => LoanApplicationAction)
  action: LoanApplicationAction;

  @Field(() => LoanApplicationState, { nullable: true })
  fromState: LoanApplicationState | null;

  @Field(() => LoanApplicationState)
  toState: LoanApplicationState;

  @Field(() => Int, { description: '这一步之后申请的版本号' })
  version: number;

  @Field(() => LoanApplicationActor)
  actorKind: LoanApplicationActor;
}
