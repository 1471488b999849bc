import { ProductCategory } from '@rongtong/shared';
import { validProductInput } from '../../../test/support/product-management';
import { productFieldErrors } from './product-field-rules';

describe('productFieldErrors', () => {
  it('accepts ordered ranges and equal bounds', () => {
    expect(productFieldErrors(validProductInput({ minAmountFen: 100, maxAmountFen: 100, minRateBp: 400, maxRateBp: 400 }), 'input')).toEqual([]);
  });

  it('names every inverted range under the path', () => {
    const fields = productFieldErrors(
      validProductInput({ minAmountFen: 2, maxAmountFen: 1, minTermMonths: 12, maxTermMonths: 6, minRateBp: 500, maxRateBp: 300 }),
      'input',
    ).map((error) => error.field);
    expect(fields).toEqual(['input.maxAmountFen', 'input.maxTermMonths', 'input.maxRateBp']);
  });

  it('requires guarantee and repayment methods for loans but not for equity or insurance', () => {
    const empty = { guaranteeMethods: [], repaymentMethods: [] };
    expect(productFieldErrors(validProductInput(empty), 'input').map((error) => error.field)).toEqual([
      'input.guaranteeMethods',
      'input.repaymentMethods',
    ]);
    for (const category of [ProductCategory.EQUITY, ProductCategory.INSURANCE]) {
      expect(productFieldErrors(validProductInput({ ...empty, category }), 'input')).toEqual([]);
    }
  });
});
