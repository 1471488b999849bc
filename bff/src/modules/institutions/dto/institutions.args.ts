import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../infra/graphql/pagination/page.args';
import { InstitutionFilterInput } from './institution-filter.input';

@ArgsType()
export class InstitutionsArgs extends PageArgs {
  @Field(() => InstitutionFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InstitutionFilterInput)
  filter?: InstitutionFilterInput | null;
}
