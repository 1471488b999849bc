import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConsentPurpose, DataSource, type DataUseKind, type DataUseOutcome } from '@rongtong/shared';
import { Connection } from '../../../infra/graphql/pagination/connection';
import { DataUseKindEnum, DataUseOutcomeEnum } from '../data-use-entry';

@ObjectType('DataUseRecord', { description: '数据使用记录：谁、何时、为何目的、依据哪项授权使用了哪类数据' })
export class DataUseRecordModel {
  @Field(() => ID)
  id: string;

  @Field(() => DataUseKindEnum)
  kind: DataUseKind;

  @Field(() => DataSource, { nullable: true, description: '涉及的数据来源；授权和撤销授权涉及该授权的全部数据，为空' })
  source: DataSource | null;

  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;

  @Field(() => ID, { description: '依据的数据授权' })
  consentId: string;

  @Field(() => String, { description: '依据的数据授权编号（向政务数据交换平台出示的授权凭证编号）' })
  consentReference: string;

  @Field(() => ID, { nullable: true, description: '接收或查看数据的金融机构；为空表示融通平台' })
  institutionId: string | null;

  @Field(() => String, { description: '数据的接收或使用方：金融机构名称，或“融通平台”' })
  partyName: string;

  @Field(() => String, { nullable: true, description: '操作人（已脱敏）；平台定时调取时为空' })
  actorName: string | null;

  @Field(() => DataUseOutcomeEnum)
  outcome: DataUseOutcome;

  @Field(() => String, { nullable: true, description: '补充说明，如失败原因代码' })
  detail: string | null;

  @Field(() => Date)
  occurredAt: Date;
}

@ObjectType('DataUseRecordConnection')
export class DataUseRecordConnection extends Connection(DataUseRecordModel, 'DataUseRecord') {}
