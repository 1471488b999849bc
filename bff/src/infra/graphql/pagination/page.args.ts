import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
const PAGE_SIZE_MESSAGE = `每页数量必须是 1 到 ${MAX_PAGE_SIZE} 之间的整数`;
export const INVALID_CURSOR_MESSAGE = '分页游标无效，请从第一页重新加载';

/** `first` / `after` of every paginated query: bounded page size, opaque keyset cursor. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE })
  @Transform(({ value }: { value: unknown }) => value ?? DEFAULT_PAGE_SIZE)
  @IsInt({ message: PAGE_SIZE_MESSAGE })
  @Min(1, { message: PAGE_SIZE_MESSAGE })
  @Max(MAX_PAGE_SIZE, { message: PAGE_SIZE_MESSAGE })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: INVALID_CURSOR_MESSAGE })
  @MaxLength(512, { message: INVALID_CURSOR_MESSAGE })
  after?: string | null;
}

