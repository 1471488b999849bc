import { PRODUCT_CATEGORY_LABELS, type ProductCategory } from '@rongtong/shared';
import { indexTerms } from './segment';

/** The searchable text of a product: its own fields, its institution's name and its category's label. */
export interface SearchableProduct {
  id: string;
  name: string;
  summary: string;
  description: string;
  category: ProductCategory;
  institutionName: string;
}

export interface SearchTermRow {
  term: string;
  productId: string;
  inName: boolean;
}

/** One row per distinct term; a term that occurs in the name is marked so whatever else holds it. */
export function searchTermRows(product: SearchableProduct): SearchTermRow[] {
  const nameTerms = new Set(indexTerms(product.name));
  const otherText = [product.summary, product.description, product.institutionName, PRODUCT_CATEGORY_LABELS[product.category]];
  const terms = new Set([...nameTerms, ...otherText.flatMap(indexTerms)]);
  return [...terms].map((term) => ({ term, productId: product.id, inName: nameTerms.has(term) }));
}
