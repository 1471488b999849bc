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
      "(p.name LIKE :w0 ESCAPE '!' OR p.summary LIKE :w1 ESCAPE '!' OR i.name LIKE :w2 ESCAPE '!')",
      'p.category IN (:...w3)',
      'i.type IN (:...w4)',
      'p.institutionId = :w5',
      "(p.guaranteeMethods LIKE :w6 ESCAPE '!' OR p.guaranteeMethods LIKE :w7 ESCAPE '!')",
      'p.minAmountFen <= :w8',
      'p.maxAmountFen >= :w8',
      'p.minTermMonths <= :w9',
      'p.maxTermMonths >= :w9',
      'p.minRateBp <= :w10',
      "(p.repaymentMethods LIKE :w11 ESCAPE '!')",
      "(p.targetRegionCodes = '' OR p.targetRegionCodes LIKE :w12 ESCAPE '!' OR p.targetRegionCodes LIKE :w13 ESCAPE '!' OR p.targetRegionCodes LIKE :w14 ESCAPE '!')",
      "(p.targetIndustryCodes = '' OR p.targetIndustryCodes LIKE :w15 ESCAPE '!' OR p.targetIndustryCodes LIKE :w16 ESCAPE '!')",
      'p.onlineApply = 1',
    ]);
    expect(where.params).toEqual({
      w0: '%税%',
      w1: '%税%',
      w2: '%税%',
      w3: ['CREDIT'],
      w4: ['BANK'],
      w5: '2ed6657d-e927-568b-95e1-2665a8aea6a2',
      w6: '%,CREDIT,%',
      w7: '%,GUARANTEE,%',
      w8: 50_000_000,
      w9: 12,
      w10: 450,
      w11: '%,INTEREST!_FIRST,%',
      w12: '%,341202,%',
      w13: '%,341200,%',
      w14: '%,340000,%',
      w15: '%,39,%',
      w16: '%,C,%',
    });
  });

  it('treats zero as a value and false / null / empty lists as no filter', () => {
    const where = productConditions({ amountFen: 0, onlineApplyOnly: false, categories: [], termMonths: null });
    expect(where.clauses).toEqual(['p.minAmountFen <= :w0', 'p.maxAmountFen >= :w0']);
  });
});
