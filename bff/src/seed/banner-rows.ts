import { seedId } from '../infra/database/deterministic-id';
import { BannerStatus } from '../modules/banners/banner-status';
import type { BannerEntity } from '../modules/banners/banner.entity';
import type { BannerSeed } from './data/banners';
import type { SeedClock } from './seed-mappers';

/** Seeded banners are active with no window, in the order listed. */
export function bannerRows(seeds: readonly BannerSeed[], { now }: SeedClock): Array<Omit<BannerEntity, 'stampCreation' | 'stampUpdate'>> {
  return seeds.map((seed, index) => ({
    id: seedId('banner', seed.key),
    title: seed.title,
    subtitle: seed.subtitle,
    imageUrl: seed.imageUrl,
    linkPath: seed.linkPath,
    sortOrder: index + 1,
    startsAt: null,
    endsAt: null,
    status: BannerStatus.ACTIVE,
    createdAt: now,
    updatedAt: now,
  }));
}
