import { graphql } from '@/gql'

export const ManagedPolicyQuery = graphql(`
  query ManagedPolicy($id: ID!) {
    managedPolicy(id: $id) {
      id version title level issuer documentNumber issuedOn summary bodyHtml industryCodes scales enterpriseTypes status
      attachments { id name size }
    }
  }
`)

export const ManagedPolicyListQuery = graphql(`
  query ManagedPolicyList($first: Int) {
    managedPolicies(first: $first) {
      edges { node { id title level status issuedOn attachments { id } } }
    }
  }
`)
