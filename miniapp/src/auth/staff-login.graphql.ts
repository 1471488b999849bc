import { graphql } from '@/gql'

export const StaffLoginResultFieldsFragment = graphql(`
  fragment StaffLoginResultFields on StaffLoginResult {
    step
    challengeToken
    totpEnrollment {
      secret
      otpauthUrl
      qrSvg
    }
    auth {
      ...AuthPayloadFields
    }
  }
`)

export const StaffLoginMutation = graphql(`
  mutation StaffLogin($username: String!, $password: String!) {
    staffLogin(username: $username, password: $password) {
      ...StaffLoginResultFields
    }
  }
`)

export const StaffVerifyTotpMutation = graphql(`
  mutation StaffVerifyTotp($challengeToken: String!, $code: String!) {
    staffVerifyTotp(challengeToken: $challengeToken, code: $code) {
      ...StaffLoginResultFields
    }
  }
`)

export const StaffConfirmTotpEnrollmentMutation = graphql(`
  mutation StaffConfirmTotpEnrollment($challengeToken: String!, $code: String!) {
    staffConfirmTotpEnrollment(challengeToken: $challengeToken, code: $code) {
      ...StaffLoginResultFields
    }
  }
`)

export const StaffChangeInitialPasswordMutation = graphql(`
  mutation StaffChangeInitialPassword($challengeToken: String!, $newPassword: String!) {
    staffChangeInitialPassword(challengeToken: $challengeToken, newPassword: $newPassword) {
      ...StaffLoginResultFields
    }
  }
`)
