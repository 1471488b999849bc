import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { InstitutionFilterInput } from './institution-filter.input';

@ArgsType()
export class InstitutionFacetsArgs {
  @Field(() => InstitutionFilterInput, { nullable: true, description: '机构类型条件不参与计数' })
  @IsOptional()
  @ValidateNested()
  @Type(() => InstitutionFilterInput)
  filter?: InstitutionFilterInput | null;
}
