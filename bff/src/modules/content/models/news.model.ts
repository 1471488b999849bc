import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PolicyLevel } from '@rongtong/shared';
import { ContentStatus } from '../content-status';
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

  @Field(() => String, { description: 'sanitised HTML (allow-list: paragraphs, headings, lists, emphasis, tables, http(s) links)' })
  bodyHtml: string;

  @Field(() => ContentStatus)
  status: ContentStatus;

  @Field(() => Int, { description: 'starts at 1, +1 on every edit, publication and withdrawal; an edit passes it back as expectedVersion' })
  version: number;
}

@ObjectType('NewsConnection')
export class NewsConnection extends Connection(NewsModel, 'News') {}
