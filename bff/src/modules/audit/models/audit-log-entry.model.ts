import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '@rongtong/shared';
import { Connection } from '../../../infra/graphql/pagination/connection';

@ObjectType('AuditLogEntry', { description: '审计日志条目（只增不改，哈希链防篡改）' })
export class AuditLogEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '序号，从 1 起连续递增' })
  seq: number;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => String, { nullable: true })
  actorId: string | null;

  @Field(() => Role, { nullable: true })
  actorRole: Role | null;

  @Field(() => String, { description: '操作，例如 LOGIN、LOGOUT、ACCESS_DENIED' })
  action: string;

  @Field(() => String, { description: 'SUCCESS、FAILURE 或 DENIED' })
  result: string;

  @Field(() => String, { nullable: true })
  targetType: string | null;

  @Field(() => String, { nullable: true })
  targetId: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => String, { nullable: true, description: '附加信息（JSON），不含个人信息' })
  detail: string | null;
}

@ObjectType('AuditLogConnection')
export class AuditLogConnection extends Connection(AuditLogEntryModel, 'AuditLogEntry') {}
