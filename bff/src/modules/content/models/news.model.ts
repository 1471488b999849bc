import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PolicyLevel } from '@rongtong/shared';
import { Connection } from '../../../infra/graphql/pagination/connection';

@ObjectType('News', { description: '资讯' })
export class NewsModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => PolicyLevel)
  level: PolicyLevel;

  @Field(() => String)
  source: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  publishedOn: string;

  @Field(() => String)
  summary: string;

  @Field(() => String, { description: 'sanitised HTML: only <p>, <h3>, <ol>, <li>, <strong>' })
  bodyHtml: string;
}

@ObjectType('NewsConnection')
export class NewsConnection extends Connection(NewsModel, 'News') {}
