import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';

const INVALID = '刷新令牌格式不正确';

@ArgsType()
export class RefreshSessionArgs {
  @Field(() => String)
  @IsString({ message: INVALID })
  @Length(1, 256, { message: INVALID })
  refreshToken: string;
}
