import { graphql } from '../gql'

export const ProductCardFieldsFragment = graphql(`
  fragment ProductCardFields on Product {
    id
    name
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
    institution {
      id
      name
      shortName
      type
    }
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
      edges {
        cursor
        node {
          ...ProductCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
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
      repaymentMethods
      targetRegionCodes
      targetIndustryCodes
      targetScales
      minYearsInBusiness
      minCreditGrade
      requiredMaterials
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
