import { graphql } from '@/gql'

export const RecommendProductsQuery = graphql(`
  query RecommendProducts($input: RecommendationInput!) {
    recommendProducts(input: $input) {
      profile {
        regionName
        industryName
        scale
        yearsInBusiness
        enterpriseName
      }
      recommended {
        score
        matchedConditions
        product {
          ...ProductCardFields
        }
      }
      nearMisses {
        score
        reasons
        matchedConditions
        product {
          ...ProductCardFields
        }
      }
    }
  }
`)
