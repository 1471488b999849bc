import { graphql } from '@/gql'

export const SecurityStaffAccountsQuery = graphql(`
  query SecurityStaffAccounts {
    staffAccounts {
      id
      username
      displayName
      role
      enabled
      lockedUntil
      failedLoginCount
      totpEnabled
      institution { id name }
    }
  }
`)

export const UnlockStaffAccountMutation = graphql(`
  mutation UnlockStaffAccount($id: ID!) {
    unlockStaffAccount(id: $id) { id lockedUntil failedLoginCount }
  }
`)

export const ResetStaffTotpMutation = graphql(`
  mutation ResetStaffTotp($id: ID!) {
    resetStaffTotp(id: $id) { id totpEnabled }
  }
`)
