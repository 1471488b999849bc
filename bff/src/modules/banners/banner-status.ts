import { registerEnumType } from '@nestjs/graphql';

export enum BannerStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}

registerEnumType(BannerStatus, { name: 'BannerStatus', description: '启用 / 停用' });
