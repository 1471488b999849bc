import { DATA_SOURCES, DataSource } from '@rongtong/shared';
import { GovSourceRegistry, SourceDescriptionError } from './source-registry';
import type { GovSourceDescription } from './sources/source-description';

const EIGHTH: GovSourceDescription<{ years: number | null }> = {
  key: 'ANNUAL_REPORTS',
  scope: DataSource.MARKET_REGISTRATION,
  slug: 'annual-reports',
  label: '企业年度报告',
  signing: 'HMAC-SM3',
  freshnessHours: 24 * 30,
  retry: { attempts: 2, backoffMs: 100 },
  maxPayloadBytes: 32 * 1024,
  fields: ['years'],
  map: (data) => ({ years: data.integer('years', 0, 100) }),
};

describe('GovSourceRegistry', () => {
  it('holds the seven sources of the exchange, typed by their records', () => {
    const registry = new GovSourceRegistry();
    expect(registry.all().map((source) => source.key)).toEqual(DATA_SOURCES);
    expect(registry.standard(DataSource.TAX).slug).toBe('tax');
    expect(registry.find('ANNUAL_REPORTS')).toBeUndefined();
  });

  it('takes a further source by its description', () => {
    const registry = new GovSourceRegistry();
    registry.register(EIGHTH);
    expect(registry.all()).toHaveLength(8);
    expect(registry.find('ANNUAL_REPORTS')).toBe(EIGHTH);
  });

  it('refuses a description that clashes or has a limit out of range, naming each problem', () => {
    const registry = new GovSourceRegistry();
    expect(() => registry.register({ ...EIGHTH, key: DataSource.TAX })).toThrow('key TAX is taken');
    expect(() => registry.register({ ...EIGHTH, slug: 'tax' })).toThrow('slug tax is taken');
    expect(() => registry.register({ ...EIGHTH, key: 'annual reports', slug: '../x' })).toThrow(SourceDescriptionError);
    expect(() => registry.register({ ...EIGHTH, scope: 'ANNUAL_REPORTS' as DataSource })).toThrow('scope must be a DataSource');
    expect(() => registry.register({ ...EIGHTH, timeoutMs: 60_000, retry: { attempts: 9, backoffMs: -1 }, maxPayloadBytes: 10, fields: [] })).toThrow(
      /timeoutMs must be 100-30000; retry.attempts must be 1-5; retry.backoffMs must be a non-negative integer; maxPayloadBytes must be 1 KB - 4 MB; fields must list/,
    );
    expect(registry.all()).toHaveLength(7);
  });
});
