import { registerEnumType } from '@nestjs/graphql';

/** Operators draft content, publish it (visible to everyone) and may withdraw it (hidden again). */
export enum ContentStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(ContentStatus, { name: 'ContentStatus', description: '草稿 / 已发布 / 已撤回' });
