import { ArgsType, Field, ID } from '@nestjs/graphql';
import { CONSENT_PURPOSES, ConsentPurpose, ConsentStatus } from '@rongtong/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { UUID_PATTERN } from '../../../infra/database/deterministic-id';
import { PageArgs } from '../../../infra/graphql/pagination/page.args';
import { GrantDataConsentInput } from './grant-data-consent.input';

@ArgsType()
export class MyDataConsentsArgs extends PageArgs {
  @Field(() => ConsentStatus, { nullable: true, description: '按状态筛选；不填为全部' })
  @IsOptional()
  @IsEnum(ConsentStatus, { message: '授权状态不存在' })
  status?: ConsentStatus | null;
}

@ArgsType()
export class ConsentIdArgs {
  @Field(() => ID)
  @Matches(UUID_PATTERN, { message: '授权编号格式不正确' })
  id: string;
}

@ArgsType()
export class ConsentAgreementArgs {
  @Field(() => ConsentPurpose)
  @IsEnum(ConsentPurpose, { message: '授权用途不存在' })
  purpose: ConsentPurpose;
}

@ArgsType()
export class AgentConsentPurposesArgs {
  @Field(() => [ConsentPurpose], { description: '经办人可以授权的用途；空列表表示经办人不能授权' })
  @IsArray({ message: '请选择经办人可以授权的用途' })
  @ArrayMaxSize(CONSENT_PURPOSES.length, { message: `授权用途最多 ${CONSENT_PURPOSES.length} 项` })
  @ArrayUnique({ message: '授权用途不能重复' })
  @IsEnum(ConsentPurpose, { each: true, message: '授权用途不存在' })
  purposes: ConsentPurpose[];
}

@ArgsType()
export class GrantDataConsentArgs {
  @Field(() => GrantDataConsentInput)
  @ValidateNested()
  @Type(() => GrantDataConsentInput)
  input: GrantDataConsentInput;
}
