import { BANK_PRODUCT_SEEDS } from './products-bank';
import { CAPITAL_PRODUCT_SEEDS } from './products-capital';
import { LENDING_PRODUCT_SEEDS } from './products-lending';
import type { ProductSeed } from './types';

/** Every demo product, published on first start. */
export const PRODUCT_SEEDS: readonly ProductSeed[] = [
  ...BANK_PRODUCT_SEEDS,
  ...LENDING_PRODUCT_SEEDS,
  ...CAPITAL_PRODUCT_SEEDS,
];
