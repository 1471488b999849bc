import { graphql } from '@/gql'

export const EnterpriseProfileQuery = graphql(`
  query EnterpriseProfile {
    me {
      id
      activeEnterprise {
        id
        name
        uscc
        registerProfile {
          ...RegisterProfileFields
        }
      }
    }
  }
`)

export const RegisterProfileFieldsFragment = graphql(`
  fragment RegisterProfileFields on EnterpriseRegisterProfile {
    regionCode
    regionName
    industryCode
    industryName
    type
    establishedOn
    registeredCapitalFen
    legalRepresentativeMasked
    status
    scale
    scaleNote
    source
    fetchedAt
    asOf
    complete
    missingFields
  }
`)

export const RefreshGovernmentDataMutation = graphql(`
  mutation RefreshGovernmentData($enterpriseId: ID!) {
    refreshGovernmentData(enterpriseId: $enterpriseId) {
      enterpriseId
      sources {
        source
        scope
        label
        outcome
        outcomeLabel
        fetchedAt
        complete
        missingFields
      }
      registerProfile {
        ...RegisterProfileFields
      }
    }
  }
`)
