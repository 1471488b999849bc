import { useEffect, useMemo, useState } from 'react'
import { session } from './session'
import type { SessionState } from './session-manager'

export interface UseSession extends SessionState {
  logout(): Promise<void>
  /** Loads the user again after a failed restore. */
  reload(): Promise<void>
  dismissNotice(): void
  dismissLoginNotices(): void
}

/** The signed-in user (`me`), the session status and the session's actions; re-renders on every change. */
export function useSession(): UseSession {
  const [state, setState] = useState<SessionState>(session.state)
  useEffect(() => {
    setState(session.state)
    return session.subscribe(setState)
  }, [])
  return useMemo(
    () => ({
      ...state,
      logout: () => session.logout(),
      reload: () => session.reloadMe(),
      dismissNotice: () => session.dismissNotice(),
      dismissLoginNotices: () => session.dismissLoginNotices(),
    }),
    [state],
  )
}
