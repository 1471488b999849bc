import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { UUID_PATTERN } from '../../../infra/database/deterministic-id';

@ArgsType()
export class InstitutionArgs {
  @Field(() => ID)
  @Matches(UUID_PATTERN, { message: '机构编号格式不正确' })
  id: string;
}
