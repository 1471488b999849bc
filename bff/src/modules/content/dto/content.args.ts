import { ArgsType, Field } from '@nestjs/graphql';
import { EnterpriseScale, EnterpriseType, PolicyLevel } from '@rongtong/shared';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../../infra/graphql/pagination/page.args';
import { IsIndustryCode } from '../../products/dto/is-industry-code';

/** Policies and news: newest first, optionally one level (全国 / 全省 / 全市). */
@ArgsType()
export class LeveledPageArgs extends PageArgs {
  @Field(() => PolicyLevel, { nullable: true })
  @IsOptional()
  @IsEnum(PolicyLevel, { message: '级别不存在' })
  level?: PolicyLevel | null;
}

/**
 * The public policy list: a level, and the enterprises a policy is for. A policy whose list of industries, scales
 * or types is empty is for every enterprise, so it is listed under any choice of that tag.
 */
@ArgsType()
export class PoliciesArgs extends LeveledPageArgs {
  @Field(() => String, {
    nullable: true,
    description: '适用行业：国民经济行业分类门类字母或两位大类代码；门类也列出面向其下大类的政策',
  })
  @IsOptional()
  @IsIndustryCode({ message: '行业代码不存在，应为国民经济行业分类的门类字母或两位大类代码' })
  industryCode?: string | null;

  @Field(() => EnterpriseScale, { nullable: true, description: '适用企业规模' })
  @IsOptional()
  @IsEnum(EnterpriseScale, { message: '企业规模不存在' })
  scale?: EnterpriseScale | null;

  @Field(() => EnterpriseType, { nullable: true, description: '适用企业类型' })
  @IsOptional()
  @IsEnum(EnterpriseType, { message: '企业类型不存在' })
  enterpriseType?: EnterpriseType | null;
}

@ArgsType()
export class FaqsArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: '分类必须是文字' })
  @MaxLength(64, { message: '分类不能超过 64 个字' })
  category?: string | null;
}
