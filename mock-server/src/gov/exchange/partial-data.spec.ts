import { dropFields } from './partial-data';

const DATA = { name: 'n', type: 't', status: 's', regionCode: 'r' };

describe('dropFields', () => {
  it('drops the named fields that exist and reports them', () => {
    expect(dropFields(DATA, { fields: ['status', 'monthly'], seed: 1 })).toEqual({
      data: { name: 'n', type: 't', regionCode: 'r' },
      missing: ['status'],
    });
  });

  it('drops a random non-empty subset that leaves a field, the same for the same seed', () => {
    for (let seed = 0; seed < 200; seed += 1) {
      const { data, missing } = dropFields(DATA, { fields: null, seed });
      expect(missing.length).toBeGreaterThan(0);
      expect(missing.length).toBeLessThan(4);
      expect(Object.keys(data).sort()).toEqual(Object.keys(DATA).filter((key) => !missing.includes(key)).sort());
      expect(dropFields(DATA, { fields: null, seed })).toEqual({ data, missing });
    }
  });

  it('may drop the only field of a single-field source', () => {
    expect(dropFields({ monthly: [] }, { fields: null, seed: 5 })).toEqual({ data: {}, missing: ['monthly'] });
  });
});
