import { graphql } from '@/gql'

export const PolicyListQuery = graphql(`
  query PolicyList(
    $level: PolicyLevel
    $industryCode: String
    $scale: EnterpriseScale
    $enterpriseType: EnterpriseType
    $first: Int
    $after: String
  ) {
    policies(level: $level, industryCode: $industryCode, scale: $scale, enterpriseType: $enterpriseType, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title level issuer documentNumber issuedOn summary industryCodes scales enterpriseTypes } }
    }
  }
`)

export const PolicyDetailQuery = graphql(`
  query PolicyDetail($id: ID!) {
    policy(id: $id) {
      id title level issuer documentNumber issuedOn summary bodyHtml industryCodes scales enterpriseTypes
      attachments { id name mimeType size url }
    }
  }
`)

export const NewsListQuery = graphql(`
  query NewsList($level: PolicyLevel, $first: Int, $after: String) {
    newsList(level: $level, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title level source publishedOn summary } }
    }
  }
`)

export const NewsDetailQuery = graphql(`
  query NewsDetail($id: ID!) {
    news(id: $id) { id title level source publishedOn summary bodyHtml attachments { id name mimeType size url } }
  }
`)

export const MyPolicyPushQuery = graphql(`
  query MyPolicyPush {
    myPolicyPush { reasons reasonText policy { id title level issuer issuedOn summary } }
  }
`)

export const MyMessagesQuery = graphql(`
  query MyMessages($first: Int, $after: String) {
    unreadMessageCount
    myMessages(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind title body link readAt createdAt } }
    }
  }
`)

export const MarkMessagesReadMutation = graphql(`
  mutation MarkMessagesRead($ids: [ID!]!) {
    markMessagesRead(ids: $ids)
  }
`)

export const CreatePolicyMutation = graphql(`
  mutation CreatePolicy($input: PolicyInput!) {
    createPolicy(input: $input) { id status }
  }
`)

export const UpdatePolicyMutation = graphql(`
  mutation UpdatePolicy($id: ID!, $expectedVersion: Int!, $input: PolicyInput!) {
    updatePolicy(id: $id, expectedVersion: $expectedVersion, input: $input) { id status version }
  }
`)

export const PublishPolicyMutation = graphql(`
  mutation PublishPolicy($id: ID!) {
    publishPolicy(id: $id) { notifiedUserCount policy { id status version } }
  }
`)

export const WithdrawPolicyMutation = graphql(`
  mutation WithdrawPolicy($id: ID!) {
    withdrawPolicy(id: $id) { id status version }
  }
`)
