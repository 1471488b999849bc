/** Administrative divisions by GB/T 2260 codes: Anhui, its prefecture-level cities and Fuyang's counties. */
export interface Region {
  code: string;
  name: string;
  parentCode: string | null;
  level: 'PROVINCE' | 'CITY' | 'COUNTY';
}

export const ANHUI_PROVINCE: Region = { code: '340000', name: '安徽省', parentCode: null, level: 'PROVINCE' };

const city = (code: string, name: string): Region => ({ code, name, parentCode: ANHUI_PROVINCE.code, level: 'CITY' });

/** The 16 prefecture-level cities (341400 巢湖市 was abolished in 2011). */
export const ANHUI_CITIES: readonly Region[] = [
  city('340100', '合肥市'),
  city('340200', '芜湖市'),
  city('340300', '蚌埠市'),
  city('340400', '淮南市'),
  city('340500', '马鞍山市'),
  city('340600', '淮北市'),
  city('340700', '铜陵市'),
  city('340800', '安庆市'),
  city('341000', '黄山市'),
  city('341100', '滁州市'),
  city('341200', '阜阳市'),
  city('341300', '宿州市'),
  city('341500', '六安市'),
  city('341600', '亳州市'),
  city('341700', '池州市'),
  city('341800', '宣城市'),
];

export const FUYANG_CITY_CODE = '341200';

const county = (code: string, name: string): Region => ({ code, name, parentCode: FUYANG_CITY_CODE, level: 'COUNTY' });

/** Districts, counties and the county-level city of 阜阳市. */
export const FUYANG_COUNTIES: readonly Region[] = [
  county('341202', '颍州区'),
  county('341203', '颍东区'),
  county('341204', '颍泉区'),
  county('341221', '临泉县'),
  county('341222', '太和县'),
  county('341225', '阜南县'),
  county('341226', '颍上县'),
  county('341282', '界首市'),
];

const REGIONS_BY_CODE: ReadonlyMap<string, Region> = new Map(
  [ANHUI_PROVINCE, ...ANHUI_CITIES, ...FUYANG_COUNTIES].map((region) => [region.code, region]),
);

export function findRegion(code: string): Region | undefined {
  return REGIONS_BY_CODE.get(code);
}

/**
 * A region code names itself and everything inside it, by GB/T 2260 code structure: 340000 (province) → prefix
 * 34, 341200 (city) → prefix 3412, 341202 (county) → itself.
 */
export function regionPrefix(regionCode: string): string {
  if (regionCode.endsWith('0000')) return regionCode.slice(0, 2);
  if (regionCode.endsWith('00')) return regionCode.slice(0, 4);
  return regionCode;
}

/** GB/T 2260: 340000 covers 34xxxx, 341200 covers 3412xx, a county code covers only itself. */
export function coversRegion(target: string, regionCode: string): boolean {
  if (target.endsWith('0000')) return regionCode.startsWith(target.slice(0, 2));
  if (target.endsWith('00')) return regionCode.startsWith(target.slice(0, 4));
  return target === regionCode;
}

/**
 * The region itself and the regions containing it, by GB/T 2260 code structure: a target of 341200 (阜阳市) or
 * 340000 (安徽省) is open to an enterprise in 341202 (颍州区). A target of only a county is not open to the whole city.
 */
export function regionAndAncestors(regionCode: string): string[] {
  const codes = [regionCode];
  if (!regionCode.endsWith('00')) codes.push(`${regionCode.slice(0, 4)}00`);
  if (!regionCode.endsWith('0000')) codes.push(`${regionCode.slice(0, 2)}0000`);
  return codes;
}

/** The region's ancestors and itself, province first: 341202 → 安徽省, 阜阳市, 颍州区. */
export function regionPath(code: string): Region[] {
  const path: Region[] = [];
  for (let region = findRegion(code); region; region = region.parentCode ? findRegion(region.parentCode) : undefined) {
    path.unshift(region);
  }
  return path;
}
