import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { BannerStatus } from '../banner-status';
import { IMAGE_URL_MESSAGE, IMAGE_URL_PATTERN, LINK_PATH_MESSAGE, LINK_PATH_PATTERN } from '../banner-rules';

const TITLE_MESSAGE = '标题须为 1–64 个字符';
const SUBTITLE_MESSAGE = '副标题最多 128 个字符';
const SORT_MESSAGE = '排序须为 0–9999 的整数';
const TIME_MESSAGE = '时间格式不正确，应为 ISO 8601（如 2025-12-01T00:00:00Z）';
const BANNER_ID_MESSAGE = '轮播图编号格式不正确';

@InputType('BannerInput', { description: '轮播图内容；修改时整体替换' })
export class BannerInput {
  @Field(() => String)
  @IsString()
  @MinLength(1, { message: TITLE_MESSAGE })
  @MaxLength(64, { message: TITLE_MESSAGE })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(128, { message: SUBTITLE_MESSAGE })
  subtitle?: string | null;

  @Field(() => String)
  @IsString()
  @Matches(IMAGE_URL_PATTERN, { message: IMAGE_URL_MESSAGE })
  imageUrl: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(LINK_PATH_PATTERN, { message: LINK_PATH_MESSAGE })
  linkPath?: string | null;

  @Field(() => Int, { nullable: true, description: '省略时排在最后' })
  @IsOptional()
  @IsInt({ message: SORT_MESSAGE })
  @Min(0, { message: SORT_MESSAGE })
  @Max(9999, { message: SORT_MESSAGE })
  sortOrder?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: TIME_MESSAGE })
  startsAt?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: TIME_MESSAGE })
  endsAt?: string | null;

  @Field(() => BannerStatus, { nullable: true, description: '省略时为启用' })
  @IsOptional()
  @IsEnum(BannerStatus, { message: '状态不正确' })
  status?: BannerStatus | null;
}

@ArgsType()
export class CreateBannerArgs {
  @Field(() => BannerInput)
  @ValidateNested()
  @Type(() => BannerInput)
  input: BannerInput;
}

@ArgsType()
export class UpdateBannerArgs {
  @Field(() => ID)
  @IsUUID('all', { message: BANNER_ID_MESSAGE })
  id: string;

  @Field(() => BannerInput)
  @ValidateNested()
  @Type(() => BannerInput)
  input: BannerInput;
}

@ArgsType()
export class BannerIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: BANNER_ID_MESSAGE })
  id: string;
}

@ArgsType()
export class ReorderBannersArgs {
  @Field(() => [ID], { description: '全部轮播图编号，按新的顺序' })
  @ArrayMinSize(1, { message: '请提供轮播图顺序' })
  @ArrayMaxSize(100, { message: '轮播图最多 100 个' })
  @IsUUID('all', { each: true, message: BANNER_ID_MESSAGE })
  ids: string[];
}
