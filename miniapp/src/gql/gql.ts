/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ProductCardFields on Product {\n    id\n    name\n    category\n    guaranteeMethods\n    minAmountFen\n    maxAmountFen\n    minRateBp\n    maxRateBp\n    minTermMonths\n    maxTermMonths\n    summary\n    onlineApply\n    institution {\n      id\n      name\n      shortName\n      type\n    }\n  }\n": typeof types.ProductCardFieldsFragmentDoc,
    "\n  query HomeOverview {\n    products(first: 6, sort: POPULARITY) {\n      edges {\n        node {\n          ...ProductCardFields\n        }\n      }\n      totalCount\n    }\n    institutions(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeOverviewDocument,
    "\n  query MarketProducts($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String) {\n    products(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.MarketProductsDocument,
    "\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n      description\n      repaymentMethods\n      targetRegionCodes\n      targetIndustryCodes\n      targetScales\n      minYearsInBusiness\n      minCreditGrade\n      requiredMaterials\n      applyCount\n      publishedAt\n      institution {\n        id\n        name\n        shortName\n        type\n        contactPhone\n        address\n        website\n      }\n    }\n  }\n": typeof types.ProductDetailDocument,
};
const documents: Documents = {
    "\n  fragment ProductCardFields on Product {\n    id\n    name\n    category\n    guaranteeMethods\n    minAmountFen\n    maxAmountFen\n    minRateBp\n    maxRateBp\n    minTermMonths\n    maxTermMonths\n    summary\n    onlineApply\n    institution {\n      id\n      name\n      shortName\n      type\n    }\n  }\n": types.ProductCardFieldsFragmentDoc,
    "\n  query HomeOverview {\n    products(first: 6, sort: POPULARITY) {\n      edges {\n        node {\n          ...ProductCardFields\n        }\n      }\n      totalCount\n    }\n    institutions(first: 1) {\n      totalCount\n    }\n  }\n": types.HomeOverviewDocument,
    "\n  query MarketProducts($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String) {\n    products(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MarketProductsDocument,
    "\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n      description\n      repaymentMethods\n      targetRegionCodes\n      targetIndustryCodes\n      targetScales\n      minYearsInBusiness\n      minCreditGrade\n      requiredMaterials\n      applyCount\n      publishedAt\n      institution {\n        id\n        name\n        shortName\n        type\n        contactPhone\n        address\n        website\n      }\n    }\n  }\n": types.ProductDetailDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCardFields on Product {\n    id\n    name\n    category\n    guaranteeMethods\n    minAmountFen\n    maxAmountFen\n    minRateBp\n    maxRateBp\n    minTermMonths\n    maxTermMonths\n    summary\n    onlineApply\n    institution {\n      id\n      name\n      shortName\n      type\n    }\n  }\n"): typeof import('./graphql').ProductCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOverview {\n    products(first: 6, sort: POPULARITY) {\n      edges {\n        node {\n          ...ProductCardFields\n        }\n      }\n      totalCount\n    }\n    institutions(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').HomeOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketProducts($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String) {\n    products(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProductCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MarketProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n      description\n      repaymentMethods\n      targetRegionCodes\n      targetIndustryCodes\n      targetScales\n      minYearsInBusiness\n      minCreditGrade\n      requiredMaterials\n      applyCount\n      publishedAt\n      institution {\n        id\n        name\n        shortName\n        type\n        contactPhone\n        address\n        website\n      }\n    }\n  }\n"): typeof import('./graphql').ProductDetailDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
