import { ErrorCode, Role } from '@rongtong/shared'
import { ApiError } from '@/api/api-error'
import type { ExecuteOptions, HeaderAwareClient, TypedDocument } from '@/api/client'
import type { AuthPayloadFieldsFragment, SessionUserFieldsFragment } from '@/gql/graphql'
import type { SessionApi } from '../session-manager'

export const MINUTE = 60_000

export function sessionUser(overrides: Partial<SessionUserFieldsFragment> = {}): SessionUserFieldsFragment {
  return {
    id: 'u1',
    displayName: '张伟',
    role: Role.ENTERPRISE,
    permissions: [],
    phoneMasked: '138****0000',
    mustChangePassword: false,
    totpEnabled: false,
    institution: null,
    enterprises: [],
    activeEnterprise: null,
    ...overrides,
  }
}

interface PendingRefresh {
  refreshToken: string
  settle(): void
  fail(error: ApiError): void
}

/**
 * A stand-in for the BFF's session rules: it knows which access tokens are valid, rotates the refresh
 * token on every refresh and rejects a used one. Refreshes wait until the test settles them, so tests
 * can line up concurrent requests behind one refresh.
 */
export class FakeSessionServer {
  readonly validAccessTokens = new Set<string>()
  readonly refreshCalls: string[] = []
  readonly requests: { operation: string; authorization: string | undefined }[] = []
  readonly pendingRefreshes: PendingRefresh[] = []
  /** Replies to the next requests, by order, before the token check. */
  readonly scriptedFailures: ApiError[] = []
  holdRefreshes = false
  private currentRefreshToken = 'refresh-1'
  private issued = 1

  constructor(private readonly clock: { now: number }) {}

  payload(me: SessionUserFieldsFragment = sessionUser(), notices: string[] = []): AuthPayloadFieldsFragment {
    const accessToken = `access-${this.issued}`
    this.validAccessTokens.add(accessToken)
    return {
      accessToken,
      accessTokenExpiresAt: new Date(this.clock.now + 15 * MINUTE).toISOString(),
      refreshToken: this.currentRefreshToken,
      refreshTokenExpiresAt: new Date(this.clock.now + 7 * 24 * 60 * MINUTE).toISOString(),
      me,
      notices,
    }
  }

  /** Every access token issued so far stops working, as after its 15 minutes. */
  expireAccessTokens(): void {
    this.validAccessTokens.clear()
  }

  settleRefreshes(): void {
    for (const pending of this.pendingRefreshes.splice(0)) pending.settle()
  }

  readonly api: SessionApi = {
    refresh: (refreshToken) => this.refresh(refreshToken),
    fetchMe: async () => sessionUser(),
    logout: async () => true,
  }

  /** The HTTP side: checks the bearer token like the BFF's guard does. */
  readonly transport: HeaderAwareClient = {
    execute: async <TResult, TVariables>(
      document: TypedDocument<TResult, TVariables>,
      _variables?: TVariables,
      options: ExecuteOptions = {},
    ): Promise<TResult> => {
      const authorization = options.headers?.authorization
      this.requests.push({ operation: document.toString(), authorization })
      const scripted = this.scriptedFailures.shift()
      if (scripted) throw scripted
      const token = authorization?.replace(/^Bearer /, '')
      if (token === undefined || !this.validAccessTokens.has(token)) {
        throw new ApiError({ code: ErrorCode.UNAUTHENTICATED })
      }
      return { ok: true, token } as unknown as TResult
    },
  }

  private refresh(refreshToken: string): Promise<AuthPayloadFieldsFragment> {
    this.refreshCalls.push(refreshToken)
    const answer = (): AuthPayloadFieldsFragment => {
      if (refreshToken !== this.currentRefreshToken) throw new ApiError({ code: ErrorCode.UNAUTHENTICATED, message: '登录凭证已失效' })
      this.issued += 1
      this.currentRefreshToken = `refresh-${this.issued}`
      return this.payload()
    }
    if (!this.holdRefreshes) return Promise.resolve().then(answer)
    return new Promise((resolve, reject) => {
      this.pendingRefreshes.push({
        refreshToken,
        settle: () => {
          try {
            resolve(answer())
          } catch (error) {
            reject(error)
          }
        },
        fail: reject,
      })
    })
  }
}
