import { ANHUI_CITIES, ANHUI_PROVINCE, FUYANG_COUNTIES, coversRegion, findRegion, regionAndAncestors, regionPath, regionPrefix } from './regions';

describe('regions', () => {
  it('has the 16 prefecture-level cities of Anhui under 340000', () => {
    expect(ANHUI_CITIES).toHaveLength(16);
    expect(new Set(ANHUI_CITIES.map((city) => city.code)).size).toBe(16);
    for (const city of ANHUI_CITIES) {
      expect(city.code).toMatch(/^34\d{2}00$/);
      expect(city.parentCode).toBe(ANHUI_PROVINCE.code);
      expect(city.level).toBe('CITY');
    }
    expect(findRegion('341400')).toBeUndefined();
  });

  it('has the eight districts, counties and county-level city of 阜阳', () => {
    expect(FUYANG_COUNTIES.map((county) => `${county.code}${county.name}`)).toEqual([
      '341202颍州区',
      '341203颍东区',
      '341204颍泉区',
      '341221临泉县',
      '341222太和县',
      '341225阜南县',
      '341226颍上县',
      '341282界首市',
    ]);
    expect(FUYANG_COUNTIES.every((county) => county.parentCode === '341200' && county.level === 'COUNTY')).toBe(true);
  });

  it('finds regions by code', () => {
    expect(findRegion('340000')?.name).toBe('安徽省');
    expect(findRegion('341200')?.name).toBe('阜阳市');
    expect(findRegion('340100')?.name).toBe('合肥市');
    expect(findRegion('341282')?.name).toBe('界首市');
    expect(findRegion('110000')).toBeUndefined();
    expect(findRegion(' 341200')).toBeUndefined();
  });

  it('walks from a county up to the province', () => {
    expect(regionPath('341226').map((region) => region.name)).toEqual(['安徽省', '阜阳市', '颍上县']);
    expect(regionPath('999999')).toEqual([]);
  });
});

describe('regionPrefix', () => {
  it('widens provinces and cities to what lies inside them', () => {
    expect(regionPrefix('340000')).toBe('34');
    expect(regionPrefix('341200')).toBe('3412');
    expect(regionPrefix('341202')).toBe('341202');
  });
});

describe('coversRegion', () => {
  it('follows the GB/T 2260 hierarchy', () => {
    expect(coversRegion('340000', '341202')).toBe(true);
    expect(coversRegion('341200', '341202')).toBe(true);
    expect(coversRegion('341202', '341202')).toBe(true);
    expect(coversRegion('341203', '341202')).toBe(false);
    expect(coversRegion('340100', '341202')).toBe(false);
  });
});

describe('regionAndAncestors', () => {
  it('walks county → city → province', () => {
    expect(regionAndAncestors('341202')).toEqual(['341202', '341200', '340000']);
    expect(regionAndAncestors('341200')).toEqual(['341200', '340000']);
    expect(regionAndAncestors('340000')).toEqual(['340000']);
  });
});
