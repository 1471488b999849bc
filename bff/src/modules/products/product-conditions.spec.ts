import { GuaranteeMethod, InstitutionType, ProductCategory, RepaymentMethod } from '@rongtong/shared';
import { productConditions } from './product-conditions';

describe('productConditions', () => {
  it('matches nothing for a keyword without searchable characters', () => {
    expect(productConditions({ keyword: '%' }).where.clauses).toEqual(['1 = 0']);
    expect(productConditions({ keyword: '%' }).joinedTerms).toEqual([]);
  });

  it('is empty without a filter', () => {
    expect(productConditions(null).where.clauses).toEqual([]);
  });

  it('maps each filter field to its SQL', () => {
    const { joinedTerms, where } = productConditions({
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
    expect(joinedTerms).toEqual(['税']);
    expect(where.clauses).toEqual([
      'p.category IN (:...w0)',
      'i.type IN (:...w1)',
      'p.institutionId = :w2',
      "(p.guaranteeMethods LIKE :w3 ESCAPE '!' OR p.guaranteeMethods LIKE :w4 ESCAPE '!')",
      'p.minAmountFen <= :w5',
      'p.maxAmountFen >= :w5',
      'p.minTermMonths <= :w6',
      'p.maxTermMonths >= :w6',
      'p.minRateBp <= :w7',
      "(p.repaymentMethods LIKE :w8 ESCAPE '!')",
      "(p.targetRegionCodes = '' OR p.targetRegionCodes LIKE :w9 ESCAPE '!' OR p.targetRegionCodes LIKE :w10 ESCAPE '!' OR p.targetRegionCodes LIKE :w11 ESCAPE '!')",
      "(p.targetIndustryCodes = '' OR p.targetIndustryCodes LIKE :w12 ESCAPE '!' OR p.targetIndustryCodes LIKE :w13 ESCAPE '!')",
      'p.onlineApply = 1',
    ]);
    expect(where.params).toEqual({
      w0: ['CREDIT'],
      w1: ['BANK'],
      w2: '2ed6657d-e927-568b-95e1-2665a8aea6a2',
      w3: '%,CREDIT,%',
      w4: '%,GUARANTEE,%',
      w5: 50_000_000,
      w6: 12,
      w7: 450,
      w8: '%,INTEREST!_FIRST,%',
      w9: '%,341202,%',
      w10: '%,341200,%',
      w11: '%,340000,%',
      w12: '%,39,%',
      w13: '%,C,%',
    });
  });

  it('treats zero as a value and false / null / empty lists as no filter', () => {
    const { where } = productConditions({ amountFen: 0, onlineApplyOnly: false, categories: [], termMonths: null });
    expect(where.clauses).toEqual(['p.minAmountFen <= :w0', 'p.maxAmountFen >= :w0']);
  });

  it('joins the index for short keywords and groups in a subquery beyond MAX_JOINED_TERMS terms', () => {
    expect(productConditions({ keyword: '科技 信用' }).joinedTerms).toEqual(['科技', '信用']);
    const long = productConditions({ keyword: '阜阳市颍州区科技型小微企业' });
    expect(long.joinedTerms).toEqual([]);
    expect(long.where.clauses[0]).toMatch(/^p\.id IN \(SELECT t\.product_id FROM product_search_terms t WHERE t\.term IN/);
  });
});
