import { Field, ObjectType } from '@nestjs/graphql';
import { DataSource, EnterpriseScale, EnterpriseType, SmeIndicator, type RegistrationStatus } from '@rongtong/shared';
import { FenScalar } from '../../../infra/graphql/scalars/fen.scalar';
import { RegistrationStatusEnum } from './gov-data-enums';

@ObjectType('EnterpriseRegisterProfile', { description: '企业登记信息（经授权从政务数据共享交换平台获取）' })
export class EnterpriseRegisterProfileModel {
  @Field(() => String, { nullable: true, description: '注册地区（行政区划代码）' })
  regionCode: string | null;

  @Field(() => String, { nullable: true })
  regionName: string | null;

  @Field(() => String, { nullable: true, description: '所属行业（国民经济行业分类门类或大类代码）' })
  industryCode: string | null;

  @Field(() => String, { nullable: true })
  industryName: string | null;

  @Field(() => EnterpriseType, { nullable: true })
  type: EnterpriseType | null;

  @Field(() => String, { nullable: true, description: '成立日期，YYYY-MM-DD' })
  establishedOn: string | null;

  @Field(() => FenScalar, { nullable: true, description: '注册资本（分）' })
  registeredCapitalFen: number | null;

  @Field(() => String, { nullable: true, description: '法定代表人（已脱敏）' })
  legalRepresentativeMasked: string | null;

  @Field(() => RegistrationStatusEnum, { nullable: true })
  status: RegistrationStatus | null;

  @Field(() => EnterpriseScale, { nullable: true, description: '企业规模（按《中小企业划型标准规定》划分；无法划分时为空）' })
  scale: EnterpriseScale | null;

  @Field(() => [SmeIndicator], { description: '划型所依据的指标' })
  scaleBasis: SmeIndicator[];

  @Field(() => String, { description: '划型说明' })
  scaleNote: string;

  @Field(() => DataSource, { description: '数据来源' })
  source: DataSource;

  @Field(() => Date, { description: '获取时间' })
  fetchedAt: Date;

  @Field(() => String, { description: '数据截止日期，YYYY-MM-DD' })
  asOf: string;

  @Field(() => Boolean, { description: '数据是否完整' })
  complete: boolean;

  @Field(() => [String], { description: '暂缺的登记项（中文名称）' })
  missingFields: string[];
}
