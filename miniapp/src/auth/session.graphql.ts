import { graphql } from '@/gql'

export const SessionUserFieldsFragment = graphql(`
  fragment SessionUserFields on Me {
    id
    displayName
    role
    permissions
    phoneMasked
    mustChangePassword
    totpEnabled
    institution {
      id
      name
      shortName
    }
    enterprises {
      relation
      enterprise {
        id
        uscc
        name
      }
    }
    activeEnterprise {
      id
      uscc
      name
    }
  }
`)

export const AuthPayloadFieldsFragment = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    me {
      ...SessionUserFields
    }
    notices
  }
`)

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUserFields
    }
  }
`)

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...AuthPayloadFields
    }
  }
`)

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`)

export const SwitchEnterpriseMutation = graphql(`
  mutation SwitchEnterprise($enterpriseId: ID!) {
    switchEnterprise(enterpriseId: $enterpriseId) {
      ...SessionUserFields
    }
  }
`)
