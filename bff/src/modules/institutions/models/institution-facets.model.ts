import { Field, Int, ObjectType } from '@nestjs/graphql';
import { InstitutionType } from '@rongtong/shared';

@ObjectType('InstitutionTypeCount')
export class InstitutionTypeCount {
  @Field(() => InstitutionType)
  type: InstitutionType;

  @Field(() => Int)
  count: number;
}

@ObjectType('InstitutionFacets', {
  description: '金融机构名录的分类计数：按除机构类型以外的筛选条件统计，16 类机构全部列出，没有机构时计数为 0',
})
export class InstitutionFacets {
  @Field(() => [InstitutionTypeCount], { description: '按规范中的机构类型顺序' })
  types: InstitutionTypeCount[];

  @Field(() => Int, { description: '各类型之和（“全部”）' })
  total: number;
}
