import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { EnterpriseScale, EnterpriseType, PolicyLevel } from '@rongtong/shared';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PageArgs } from '../../../infra/graphql/pagination/page.args';
import { ContentStatus } from '../content-status';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = '日期格式应为 YYYY-MM-DD';

/** Fields shared by policies and news. */
@InputType({ isAbstract: true })
abstract class ContentInput {
  @Field(() => String)
  @IsString()
  @MinLength(1, { message: '标题不能为空' })
  @MaxLength(255, { message: '标题不能超过 255 个字' })
  title: string;

  @Field(() => PolicyLevel)
  @IsEnum(PolicyLevel, { message: '级别不存在' })
  level: PolicyLevel;

  @Field(() => String)
  @IsString()
  @MinLength(1, { message: '摘要不能为空' })
  @MaxLength(1024, { message: '摘要不能超过 1024 个字' })
  summary: string;

  @Field(() => String, { description: '富文本 HTML，保存时按白名单清理' })
  @IsString()
  @MinLength(1, { message: '正文不能为空' })
  @MaxLength(100_000, { message: '正文过长' })
  bodyHtml: string;

  @Field(() => [ID], { nullable: true, description: '附件：已上传文件（POST /api/files）的编号，按显示顺序；修改时整体替换' })
  @IsOptional()
  @ArrayMaxSize(20, { message: '附件最多 20 个' })
  @IsUUID('all', { each: true, message: '附件编号格式不正确' })
  attachmentIds?: string[] | null;
}

@InputType('PolicyInput')
export class PolicyInput extends ContentInput {
  @Field(() => String, { description: '发文机关' })
  @IsString()
  @MinLength(1, { message: '发文机关不能为空' })
  @MaxLength(128, { message: '发文机关不能超过 128 个字' })
  issuer: string;

  @Field(() => String, { description: '文号' })
  @IsString()
  @MaxLength(128, { message: '文号不能超过 128 个字' })
  documentNumber: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Matches(DAY, { message: DAY_MESSAGE })
  issuedOn: string;

  @Field(() => [String], { nullable: true, description: 'GB/T 4754 门类或大类代码；空 = 全部行业' })
  @IsOptional()
  @ArrayMaxSize(100, { message: '行业最多 100 项' })
  @IsString({ each: true })
  industryCodes?: string[] | null;

  @Field(() => [EnterpriseScale], { nullable: true })
  @IsOptional()
  @IsEnum(EnterpriseScale, { each: true, message: '企业规模不存在' })
  scales?: EnterpriseScale[] | null;

  @Field(() => [EnterpriseType], { nullable: true })
  @IsOptional()
  @IsEnum(EnterpriseType, { each: true, message: '企业类型不存在' })
  enterpriseTypes?: EnterpriseType[] | null;
}

@InputType('NewsInput')
export class NewsInput extends ContentInput {
  @Field(() => String, { description: '来源' })
  @IsString()
  @MinLength(1, { message: '来源不能为空' })
  @MaxLength(128, { message: '来源不能超过 128 个字' })
  source: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Matches(DAY, { message: DAY_MESSAGE })
  publishedOn: string;
}

@ArgsType()
export class ContentIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: '编号格式不正确' })
  id: string;
}

@ArgsType()
export class ManagedContentArgs extends PageArgs {
  @Field(() => PolicyLevel, { nullable: true })
  @IsOptional()
  @IsEnum(PolicyLevel, { message: '级别不存在' })
  level?: PolicyLevel | null;

  @Field(() => ContentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ContentStatus, { message: '状态不存在' })
  status?: ContentStatus | null;
}
