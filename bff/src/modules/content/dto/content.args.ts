import { ArgsType, Field } from '@nestjs/graphql';
import { PolicyLevel } from '@rongtong/shared';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../../infra/graphql/pagination/page.args';

/** Policies and news: newest first, optionally one level (全国 / 全省 / 全市). */
@ArgsType()
export class LeveledPageArgs extends PageArgs {
  @Field(() => PolicyLevel, { nullable: true })
  @IsOptional()
  @IsEnum(PolicyLevel, { message: '级别不存在' })
  level?: PolicyLevel | null;
}

@ArgsType()
export class FaqsArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: '分类必须是文字' })
  @MaxLength(64, { message: '分类不能超过 64 个字' })
  category?: string | null;
}
