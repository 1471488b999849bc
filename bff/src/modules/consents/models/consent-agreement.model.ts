import { Field, ObjectType } from '@nestjs/graphql';
import { ConsentPurpose } from '@rongtong/shared';

@ObjectType('ConsentAgreement', { description: '数据授权协议（某一用途的当前版本）；授权前须完整展示' })
export class ConsentAgreementModel {
  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;

  @Field(() => String)
  version: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: '协议全文；授权时回传其 SHA-256' })
  text: string;

  @Field(() => String, { description: '协议全文（UTF-8）的 SHA-256，64 位小写十六进制' })
  sha256: string;

  @Field(() => Date)
  publishedAt: Date;
}
