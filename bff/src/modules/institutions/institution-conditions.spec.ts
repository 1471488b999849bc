import { InstitutionType } from '@rongtong/shared';
import { institutionConditions } from './institution-conditions';

describe('institutionConditions', () => {
  it('is empty without a filter', () => {
    expect(institutionConditions(undefined).clauses).toEqual([]);
    expect(institutionConditions({}).clauses).toEqual([]);
  });

  it('maps every filter field', () => {
    const where = institutionConditions({
      types: [InstitutionType.BANK, InstitutionType.GUARANTEE],
      regionCode: '341200',
      keyword: '阜阳',
    });
    expect(where.clauses).toEqual([
      'i.type IN (:...w0)',
      'i.regionCode LIKE :w1',
      "(i.name LIKE :w2 ESCAPE '!' OR i.shortName LIKE :w3 ESCAPE '!' OR i.description LIKE :w4 ESCAPE '!')",
    ]);
    expect(where.params).toMatchObject({ w0: ['BANK', 'GUARANTEE'], w1: '3412%', w2: '%阜阳%' });
  });

  it('matches a county exactly', () => {
    const where = institutionConditions({ regionCode: '341202' });
    expect(where.clauses).toEqual(['i.regionCode = :w0']);
  });
});
