import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Attachment', { description: '附件' })
export class AttachmentModel {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: '平台内路径 /files/…' })
  url: string;
}
