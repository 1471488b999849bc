import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InstitutionType } from '@rongtong/shared';
import { Connection } from '../../../infra/graphql/pagination/connection';

@ObjectType('Institution', { description: '金融机构' })
export class InstitutionModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  shortName: string;

  @Field(() => InstitutionType)
  type: InstitutionType;

  @Field(() => String, { description: 'GB/T 2260 administrative division code of the seat, e.g. 341202' })
  regionCode: string;

  @Field(() => String)
  description: string;

  @Field(() => String)
  contactPhone: string;

  @Field(() => String)
  address: string;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  establishedOn: string;

  @Field(() => String, { nullable: true, description: '营业时间，如“周一至周五 8:30-17:30”' })
  serviceHours: string | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('InstitutionConnection')
export class InstitutionConnection extends Connection(InstitutionModel, 'Institution') {}
