import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Attachment', { description: '附件（平台上传的文件）' })
export class AttachmentModel {
  @Field(() => ID, { description: '文件编号' })
  id: string;

  @Field(() => String, { description: '文件名' })
  name: string;

  @Field(() => String, { description: '类型（由文件内容识别）' })
  mimeType: string;

  @Field(() => Int, { description: '大小（字节）' })
  size: number;

  @Field(() => String, { description: '下载路径（相对 BFF 地址），/api/files/…' })
  url: string;
}
