import { graphql } from '@/gql'

/** What a product offers: shown on its card, its page and the staff's product console. */
export const ProductTermsFieldsFragment = graphql(`
  fragment ProductTermsFields on Product {
    category
    guaranteeMethods
    minAmountFen
    maxAmountFen
    minRateBp
    maxRateBp
    minTermMonths
    maxTermMonths
    summary
    onlineApply
  }
`)

/** Who a product is for: shown on its page and the staff's product console. */
export const ProductEligibilityFieldsFragment = graphql(`
  fragment ProductEligibilityFields on Product {
    repaymentMethods
    targetRegionCodes
    targetIndustryCodes
    targetScales
    minYearsInBusiness
    minCreditGrade
    requiredMaterials
  }
`)

export const ProductCardFieldsFragment = graphql(`
  fragment ProductCardFields on Product {
    id
    name
    ...ProductTermsFields
    institution {
      id
      name
      shortName
      type
    }
  }
`)

/** A page of product cards. */
export const ProductCardConnectionFieldsFragment = graphql(`
  fragment ProductCardConnectionFields on ProductConnection {
    edges {
      cursor
      node {
        ...ProductCardFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
    totalCount
  }
`)

export const HomeOverviewQuery = graphql(`
  query HomeOverview {
    products(first: 6, sort: POPULARITY) {
      edges {
        node {
          ...ProductCardFields
        }
      }
      totalCount
    }
    institutions(first: 1) {
      totalCount
    }
  }
`)

export const MarketProductsQuery = graphql(`
  query MarketProducts($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String) {
    products(filter: $filter, sort: $sort, first: $first, after: $after) {
      ...ProductCardConnectionFields
    }
  }
`)

export const MarketFacetsQuery = graphql(`
  query MarketFacets($filter: ProductFilter) {
    productFacets(filter: $filter) {
      categories {
        value
        count
      }
    }
  }
`)

export const ProductDetailQuery = graphql(`
  query ProductDetail($id: ID!) {
    product(id: $id) {
      ...ProductCardFields
      description
      ...ProductEligibilityFields
      applyCount
      publishedAt
      institution {
        id
        name
        shortName
        type
        contactPhone
        address
        website
      }
    }
  }
`)
