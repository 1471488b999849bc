import { Field, ID, InputType } from '@nestjs/graphql';
import { ConsentGranteeKind, ConsentPurpose, DATA_SOURCES, DataSource } from '@rongtong/shared';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsISO8601, IsOptional, Matches, MaxLength } from 'class-validator';
import { UUID_PATTERN } from '../../../infra/database/deterministic-id';
import type { GrantRequest } from '../consent-rules';

/** Client idempotency keys: what a UUID or a nanoid looks like, nothing longer. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

@InputType('GrantDataConsentInput', { description: '数据授权：授权前须向用户完整展示当前版本的授权协议' })
export class GrantDataConsentInput implements GrantRequest {
  @Field(() => [DataSource], { description: '授权调取的数据项，至少一项，不可重复' })
  @IsArray({ message: '请选择要授权的数据项' })
  @ArrayMinSize(1, { message: '请至少选择一项要授权的数据' })
  @ArrayUnique({ message: '数据项不能重复' })
  @ArrayMaxSize(DATA_SOURCES.length, { message: `数据项最多 ${DATA_SOURCES.length} 项` })
  @IsEnum(DataSource, { each: true, message: '数据项不存在' })
  sources: DataSource[];

  @Field(() => ConsentPurpose)
  @IsEnum(ConsentPurpose, { message: '授权用途不存在' })
  purpose: ConsentPurpose;

  @Field(() => ConsentGranteeKind, { description: '数据接收方：融通平台，或一家金融机构' })
  @IsEnum(ConsentGranteeKind, { message: '数据接收方类型不存在' })
  granteeKind: ConsentGranteeKind;

  @Field(() => ID, { nullable: true, description: '接收方为金融机构时必填' })
  @IsOptional()
  @Matches(UUID_PATTERN, { message: '金融机构编号格式不正确' })
  institutionId?: string | null;

  @Field(() => ID, { nullable: true, description: '贷款申请可指定该机构的一款已上架产品' })
  @IsOptional()
  @Matches(UUID_PATTERN, { message: '贷款产品编号格式不正确' })
  productId?: string | null;

  @Field(() => String, { nullable: true, description: '授权到期时间（ISO 8601）；不填为一年，且不超过该用途的最长期限' })
  @IsOptional()
  @MaxLength(40, { message: '授权到期时间格式不正确，例如 2027-06-30T16:00:00.000Z' })
  @IsISO8601({ strict: true }, { message: '授权到期时间格式不正确，例如 2027-06-30T16:00:00.000Z' })
  expiresAt?: string | null;

  @Field(() => String, { description: '向用户展示的授权协议版本' })
  @Matches(/^[0-9A-Za-z._-]{1,32}$/, { message: '授权协议版本不正确，请重新打开协议后再授权' })
  agreementVersion: string;

  @Field(() => String, { description: '向用户展示的协议全文（UTF-8）的 SHA-256，64 位小写十六进制' })
  @Matches(/^[0-9a-f]{64}$/, { message: '协议摘要应为 64 位小写十六进制的 SHA-256，请重新打开协议后再授权' })
  agreementSha256: string;

  @Field(() => String, { description: '客户端生成的请求编号（16–64 位），重试同一次授权时保持不变' })
  @Matches(IDEMPOTENCY_KEY_PATTERN, { message: '请求编号应为 16–64 位字母、数字、下划线或连字符' })
  idempotencyKey: string;
}
