import { graphql } from '@/gql'

export const DataConsentFieldsFragment = graphql(`
  fragment DataConsentFields on DataConsent {
    id
    reference
    status
    sources
    purpose
    granteeKind
    granteeInstitutionId
    granteeName
    productName
    grantorRelation
    grantedByName
    agreementVersion
    grantedAt
    expiresAt
    revokedAt
  }
`)

export const MyDataConsentsQuery = graphql(`
  query MyDataConsents($status: ConsentStatus, $first: Int, $after: String) {
    myDataConsents(status: $status, first: $first, after: $after) {
      edges {
        node {
          ...DataConsentFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`)

export const AgentConsentPurposesQuery = graphql(`
  query AgentConsentPurposes {
    agentConsentPurposes
  }
`)

export const ConsentAgreementQuery = graphql(`
  query ConsentAgreement($purpose: ConsentPurpose!) {
    consentAgreement(purpose: $purpose) {
      purpose
      version
      title
      text
      publishedAt
    }
  }
`)

export const GrantInstitutionsQuery = graphql(`
  query GrantInstitutions($filter: InstitutionFilter, $first: Int) {
    institutions(filter: $filter, first: $first) {
      edges {
        node {
          id
          name
          type
        }
      }
      totalCount
    }
  }
`)

export const GrantDataConsentMutation = graphql(`
  mutation GrantDataConsent($input: GrantDataConsentInput!) {
    grantDataConsent(input: $input) {
      ...DataConsentFields
    }
  }
`)

export const RevokeDataConsentMutation = graphql(`
  mutation RevokeDataConsent($id: ID!) {
    revokeDataConsent(id: $id) {
      ...DataConsentFields
    }
  }
`)

export const UpdateAgentConsentPurposesMutation = graphql(`
  mutation UpdateAgentConsentPurposes($purposes: [ConsentPurpose!]!) {
    updateAgentConsentPurposes(purposes: $purposes)
  }
`)

export const DataUseRecordsQuery = graphql(`
  query DataUseRecords($first: Int, $after: String) {
    dataUseRecords(first: $first, after: $after) {
      edges {
        node {
          id
          kind
          source
          purpose
          consentReference
          partyName
          actorName
          outcome
          detail
          occurredAt
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`)
