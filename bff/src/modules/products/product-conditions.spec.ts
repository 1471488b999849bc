import { GuaranteeMethod, InstitutionType, ProductCategory, RepaymentMethod } from '@rongtong/shared';
import { industryTargets, productConditions, regionAndAncestors } from './product-conditions';

describe('regionAndAncestors', () => {
  it('walks county → city → province', () => {
    expect(regionAndAncestors('341202')).toEqual(['341202', '341200', '340000']);
    expect(regionAndAncestors('341200')).toEqual(['341200', '340000']);
    expect(regionAndAncestors('340000')).toEqual(['340000']);
  });
});

describe('industryTargets', () => {
  it('covers a division by itself and its section', () => {
    expect(industryTargets('39')).toEqual(['39', 'C']);
  });

  it('covers a section by itself and all its divisions', () => {
    const targets = industryTargets('A');
    expect(targets.slice(0, 2)).toEqual(['A', '01']);
    expect(targets).toContain('05');
  });
});

describe('productConditions', () => {
  it('matches nothing for a keyword without searchable characters', () => {
    expect(productConditions({ keyword: '%' }).clauses).toEqual(['1 = 0']);
  });

  it('is empty without a filter', () => {
    expect(productConditions(null).clauses).toEqual([]);
  });

  it('maps each filter field to its SQL', () => {
    const where = productConditions({
      keyword: '税',
      categories: [ProductCategory.CREDIT],
      institutionTypes: [InstitutionType.BANK],
      institutionId: '2ed6657d-e927-568b-95e1-2665a8aea6a2',
      guaranteeMethods: [GuaranteeMethod.CREDIT, GuaranteeMethod.GUARANTEE],
      amountFen: 50_000_000,
      termMonths: 12,
      maxRateBp: 450,
      repaymentMethods: [RepaymentMethod.INTEREST_FIRST],
      regionCode: '341202',
      industryCode: '39',
      onlineApplyOnly: true,
    });
    expect(where.clauses).toEqual([
      'p.id IN (SELECT t.product_id FROM product_search_terms t WHERE t.term IN (:...w0) GROUP BY t.product_id HAVING COUNT(*) = :w1)',
      'p.category IN (:...w2)',
      'i.type IN (:...w3)',
      'p.institutionId = :w4',
      "(p.guaranteeMethods LIKE :w5 ESCAPE '!' OR p.guaranteeMethods LIKE :w6 ESCAPE '!')",
      'p.minAmountFen <= :w7',
      'p.maxAmountFen >= :w7',
      'p.minTermMonths <= :w8',
      'p.maxTermMonths >= :w8',
      'p.minRateBp <= :w9',
      "(p.repaymentMethods LIKE :w10 ESCAPE '!')",
      "(p.targetRegionCodes = '' OR p.targetRegionCodes LIKE :w11 ESCAPE '!' OR p.targetRegionCodes LIKE :w12 ESCAPE '!' OR p.targetRegionCodes LIKE :w13 ESCAPE '!')",
      "(p.targetIndustryCodes = '' OR p.targetIndustryCodes LIKE :w14 ESCAPE '!' OR p.targetIndustryCodes LIKE :w15 ESCAPE '!')",
      'p.onlineApply = 1',
    ]);
    expect(where.params).toEqual({
      w0: ['税'],
      w1: 1,
      w2: ['CREDIT'],
      w3: ['BANK'],
      w4: '2ed6657d-e927-568b-95e1-2665a8aea6a2',
      w5: '%,CREDIT,%',
      w6: '%,GUARANTEE,%',
      w7: 50_000_000,
      w8: 12,
      w9: 450,
      w10: '%,INTEREST!_FIRST,%',
      w11: '%,341202,%',
      w12: '%,341200,%',
      w13: '%,340000,%',
      w14: '%,39,%',
      w15: '%,C,%',
    });
  });

  it('treats zero as a value and false / null / empty lists as no filter', () => {
    const where = productConditions({ amountFen: 0, onlineApplyOnly: false, categories: [], termMonths: null });
    expect(where.clauses).toEqual(['p.minAmountFen <= :w0', 'p.maxAmountFen >= :w0']);
  });
});
