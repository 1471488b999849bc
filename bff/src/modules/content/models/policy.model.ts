import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EnterpriseScale, EnterpriseType, PolicyLevel } from '@rongtong/shared';
import { ContentStatus } from '../content-status';
import { Connection } from '../../../infra/graphql/pagination/connection';

@ObjectType('Policy', { description: '政策' })
export class PolicyModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => PolicyLevel)
  level: PolicyLevel;

  @Field(() => String)
  issuer: string;

  @Field(() => String, { description: '文号, e.g. 皖政办〔2024〕5号' })
  documentNumber: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  issuedOn: string;

  @Field(() => String)
  summary: string;

  @Field(() => String, { description: 'sanitised HTML (allow-list: paragraphs, headings, lists, emphasis, tables, http(s) links)' })
  bodyHtml: string;

  @Field(() => [String], { description: 'GB/T 4754 codes the policy targets; empty = all' })
  industryCodes: string[];

  @Field(() => [EnterpriseScale], { description: 'empty = all' })
  scales: EnterpriseScale[];

  @Field(() => [EnterpriseType], { description: 'empty = all' })
  enterpriseTypes: EnterpriseType[];

  @Field(() => ContentStatus)
  status: ContentStatus;

  @Field(() => Int, { description: 'starts at 1, +1 on every edit, publication and withdrawal; an edit passes it back as expectedVersion' })
  version: number;
}

@ObjectType('PolicyConnection')
export class PolicyConnection extends Connection(PolicyModel, 'Policy') {}
