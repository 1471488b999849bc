import { useCallback, useRef, useState } from 'react'
import { anonymousClient } from '@/api'
import {
  StaffChangeInitialPasswordMutation,
  StaffConfirmTotpEnrollmentMutation,
  StaffLoginMutation,
  StaffVerifyTotpMutation,
} from '@/auth/staff-login.graphql'
import { asApiError } from '@/api/query-state'
import type { AuthPayloadFieldsFragment, StaffLoginResultFieldsFragment } from '@/gql/graphql'
import {
  errorsFromApi,
  hasErrors,
  NO_ERRORS,
  stageFor,
  validateCredentials,
  validateNewPassword,
  validateTotpCode,
  type FormErrors,
  type StaffLoginStage,
} from './staff-login-flow'

export interface StaffLogin {
  stage: StaffLoginStage
  errors: FormErrors
  busy: boolean
  submitCredentials(username: string, password: string): Promise<void>
  submitTotp(code: string): Promise<void>
  submitPasswordChange(newPassword: string, confirmPassword: string): Promise<void>
  /** Back to username and password, e.g. after the step's challenge timed out. */
  restart(): void
}

/** The staff login steps against the BFF; `onDone` receives the session once every step is through. */
export function useStaffLogin(onDone: (auth: AuthPayloadFieldsFragment) => void): StaffLogin {
  const [stage, setStage] = useState<StaffLoginStage>({ step: 'CREDENTIALS' })
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS)
  const [busy, setBusy] = useState(false)
  const username = useRef('')

  const run = useCallback(
    async (check: FormErrors, call: () => Promise<StaffLoginResultFieldsFragment>) => {
      setErrors(check)
      if (hasErrors(check)) return
      setBusy(true)
      try {
        const next = stageFor(await call())
        if (next.step === 'DONE') onDone(next.auth)
        else setStage(next)
      } catch (cause) {
        setErrors(errorsFromApi(asApiError(cause), stage.step))
      } finally {
        setBusy(false)
      }
    },
    [onDone, stage.step],
  )

  const challenge = stage.step === 'CREDENTIALS' || stage.step === 'DONE' ? '' : stage.challengeToken

  return {
    stage,
    errors,
    busy,
    submitCredentials: (name, password) => {
      username.current = name.trim()
      return run(validateCredentials(name, password), async () =>
        (await anonymousClient.execute(StaffLoginMutation, { username: name.trim(), password })).staffLogin,
      )
    },
    submitTotp: (code) =>
      run(validateTotpCode(code), async () => {
        if (stage.step === 'ENROLLMENT') {
          return (await anonymousClient.execute(StaffConfirmTotpEnrollmentMutation, { challengeToken: challenge, code })).staffConfirmTotpEnrollment
        }
        return (await anonymousClient.execute(StaffVerifyTotpMutation, { challengeToken: challenge, code })).staffVerifyTotp
      }),
    submitPasswordChange: (newPassword, confirmPassword) =>
      run(validateNewPassword(newPassword, confirmPassword, username.current), async () =>
        (await anonymousClient.execute(StaffChangeInitialPasswordMutation, { challengeToken: challenge, newPassword })).staffChangeInitialPassword,
      ),
    restart: () => {
      setStage({ step: 'CREDENTIALS' })
      setErrors(NO_ERRORS)
    },
  }
}
