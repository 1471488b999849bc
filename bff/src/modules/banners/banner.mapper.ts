import type { BannerEntity } from './banner.entity';
import type { BannerModel } from './models/banner.model';

export function toBannerModel(entity: BannerEntity): BannerModel {
  return {
    id: entity.id,
    title: entity.title,
    subtitle: entity.subtitle,
    imageUrl: entity.imageUrl,
    linkPath: entity.linkPath,
    sortOrder: entity.sortOrder,
    startsAt: entity.startsAt?.toISOString() ?? null,
    endsAt: entity.endsAt?.toISOString() ?? null,
    status: entity.status,
  };
}
