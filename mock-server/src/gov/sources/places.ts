import { findRegion } from '@rongtong/shared';

/** The court and authorities of an enterprise's region (GB/T 2260 code): basic court of a county, else the city's. */
export interface Locality {
  /** 颍州区 / 合肥市 */
  name: string;
  /** 颍州 / 合肥: the short form used in document numbers. */
  shortName: string;
  /** 颍州区人民法院 / 合肥市中级人民法院 */
  court: string;
  /** 皖1202 / 皖01: the court's code in case numbers. */
  courtCode: string;
  /** The city, for authorities organised by city (fire and rescue). */
  cityName: string;
}

export function localityOf(regionCode: string): Locality {
  const region = findRegion(regionCode);
  const name = region?.name ?? '安徽省';
  const parent = region?.parentCode ? findRegion(region.parentCode) : undefined;
  if (region?.level === 'COUNTY') {
    return {
      name,
      shortName: shortName(name),
      court: `${name}人民法院`,
      courtCode: `皖${regionCode.slice(2, 6)}`,
      cityName: parent?.name ?? name,
    };
  }
  return {
    name,
    shortName: shortName(name),
    court: region?.level === 'CITY' ? `${name}中级人民法院` : '安徽省高级人民法院',
    courtCode: region?.level === 'CITY' ? `皖${regionCode.slice(2, 4)}` : '皖',
    cityName: name,
  };
}

/** 颍州区 → 颍州, 临泉县 → 临泉, 界首市 → 界首, 安徽省 → 皖; a one-character stem keeps its suffix. */
function shortName(name: string): string {
  if (name === '安徽省') return '皖';
  const stem = name.replace(/[省市区县]$/, '');
  return stem.length >= 2 ? stem : name;
}
