import { Field, InputType } from '@nestjs/graphql';
import { InstitutionType } from '@rongtong/shared';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

@InputType('InstitutionFilter')
export class InstitutionFilterInput {
  @Field(() => [InstitutionType], { nullable: true })
  @IsOptional()
  @IsArray({ message: '机构类型必须是列表' })
  @ArrayMaxSize(16, { message: '机构类型最多选择 16 项' })
  @IsEnum(InstitutionType, { each: true, message: '机构类型不存在' })
  types?: InstitutionType[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'institutions seated in this region or inside it (341200 includes 341202)',
  })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '地区代码应为 6 位数字' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: '关键词必须是文字' })
  @MaxLength(50, { message: '关键词不能超过 50 个字' })
  keyword?: string | null;
}
