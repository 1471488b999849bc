import { graphql } from '@/gql'

export const BeginUnifiedLoginMutation = graphql(`
  mutation BeginUnifiedLogin($redirectUri: String!) {
    beginUnifiedLogin(redirectUri: $redirectUri) {
      authorizeUrl
      state
    }
  }
`)

export const CompleteUnifiedLoginMutation = graphql(`
  mutation CompleteUnifiedLogin($state: String!, $code: String!) {
    completeUnifiedLogin(state: $state, code: $code) {
      ...AuthPayloadFields
    }
  }
`)

export const HostLoginMutation = graphql(`
  mutation HostLogin($authCode: String!) {
    hostLogin(authCode: $authCode) {
      ...AuthPayloadFields
    }
  }
`)
