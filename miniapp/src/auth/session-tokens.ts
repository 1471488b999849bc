import { ROLES, type Role } from '@rongtong/shared'
import type { AuthPayloadFieldsFragment } from '@/gql/graphql'

/** What the app keeps of a session between launches: the token pair and the role (never personal data). */
export interface SessionTokens {
  accessToken: string
  /** Epoch milliseconds. */
  accessTokenExpiresAt: number
  refreshToken: string
  /** Epoch milliseconds. */
  refreshTokenExpiresAt: number
  /** Decides where an expired session sends the user to log in again. */
  role: Role | null
}

/** An access token this close to its expiry is refreshed before a request rather than after a rejection. */
export const REFRESH_AHEAD_MS = 60_000

export function tokensFromPayload(payload: AuthPayloadFieldsFragment): SessionTokens {
  return {
    accessToken: payload.accessToken,
    accessTokenExpiresAt: Date.parse(payload.accessTokenExpiresAt),
    refreshToken: payload.refreshToken,
    refreshTokenExpiresAt: Date.parse(payload.refreshTokenExpiresAt),
    role: payload.me.role,
  }
}

export function accessTokenNeedsRefresh(tokens: SessionTokens, now: number): boolean {
  return tokens.accessTokenExpiresAt - now <= REFRESH_AHEAD_MS
}

export function refreshTokenExpired(tokens: SessionTokens, now: number): boolean {
  return tokens.refreshTokenExpiresAt <= now
}

function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value)
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** Reads what storage holds; anything malformed (an older version, a hand edit) counts as no session. */
export function parseStoredTokens(value: unknown): SessionTokens | null {
  if (typeof value !== 'string' || value === '') return null
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null) return null
  const candidate = parsed as Record<string, unknown>
  const { accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt, role } = candidate
  if (typeof accessToken !== 'string' || typeof refreshToken !== 'string') return null
  if (!isTime(accessTokenExpiresAt) || !isTime(refreshTokenExpiresAt)) return null
  return { accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt, role: isRole(role) ? role : null }
}
