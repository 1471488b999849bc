import { graphql } from '@/gql'

export const InstitutionDirectoryQuery = graphql(`
  query InstitutionDirectory($filter: InstitutionFilter, $first: Int, $after: String) {
    institutions(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          shortName
          type
          regionCode
          description
          productCount
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`)

export const InstitutionTypeCountsQuery = graphql(`
  query InstitutionTypeCounts($filter: InstitutionFilter) {
    institutionFacets(filter: $filter) {
      total
      types {
        type
        count
      }
    }
  }
`)

export const InstitutionDetailQuery = graphql(`
  query InstitutionDetail($id: ID!, $first: Int, $after: String) {
    institution(id: $id) {
      id
      name
      shortName
      type
      regionCode
      description
      contactPhone
      address
      website
      serviceHours
      establishedOn
      products(first: $first, after: $after, sort: POPULARITY) {
        ...ProductCardConnectionFields
      }
    }
  }
`)
