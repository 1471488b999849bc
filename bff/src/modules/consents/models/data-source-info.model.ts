import { Field, ObjectType } from '@nestjs/graphql';
import { DataSource } from '@rongtong/shared';

@ObjectType('DataSourceInfo', { description: '可授权调取的政务数据项' })
export class DataSourceInfoModel {
  @Field(() => DataSource)
  source: DataSource;

  @Field(() => String)
  label: string;

  @Field(() => String, { description: '包含哪些内容（授权前向用户说明）' })
  contents: string;
}
