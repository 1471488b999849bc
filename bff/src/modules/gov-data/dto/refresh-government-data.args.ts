import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class RefreshGovernmentDataArgs {
  @Field(() => ID, { description: '当前办理业务的企业' })
  @IsUUID('all', { message: '企业编号格式不正确' })
  enterpriseId: string;
}
