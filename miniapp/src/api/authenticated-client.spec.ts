import { ErrorCode } from '@rongtong/shared'
import { ApiError } from './api-error'
import { connectableSession, createAuthenticatedClient, type SessionTokenSource } from './authenticated-client'
import type { ExecuteOptions, HeaderAwareClient, TypedDocument } from './client'

const QUERY = 'query Messages { messages { id } }' as unknown as TypedDocument<{ ok: boolean }, Record<string, never>>

function recordingTransport(): { transport: HeaderAwareClient; authorizations: (string | undefined)[] } {
  const authorizations: (string | undefined)[] = []
  const transport: HeaderAwareClient = {
    execute: async <TResult, TVariables>(_document: TypedDocument<TResult, TVariables>, _variables?: TVariables, options: ExecuteOptions = {}) => {
      authorizations.push(options.headers?.authorization)
      return { ok: true } as unknown as TResult
    },
  }
  return { transport, authorizations }
}

function fixedSession(token: string | null): SessionTokenSource & { expired: number } {
  return {
    expired: 0,
    accessTokenForRequest: async () => token,
    renewAfterRejection: async () => null,
    expire() {
      this.expired += 1
    },
  }
}

describe('connectable session', () => {
  it('refuses requests until a session is connected, and sends nothing meanwhile', async () => {
    const { transport, authorizations } = recordingTransport()
    const session = connectableSession()
    const client = createAuthenticatedClient(transport, session.source)

    await expect(client.execute(QUERY)).rejects.toThrow('No session is connected')
    expect(authorizations).toEqual([])
  })

  it('sends the connected session’s token once connected, and none for an anonymous session', async () => {
    const { transport, authorizations } = recordingTransport()
    const session = connectableSession()
    const client = createAuthenticatedClient(transport, session.source)

    session.connect(fixedSession('access-1'))
    await expect(client.execute(QUERY)).resolves.toEqual({ ok: true })
    session.connect(fixedSession(null))
    await expect(client.execute(QUERY)).resolves.toEqual({ ok: true })

    expect(authorizations).toEqual(['Bearer access-1', undefined])
  })

  it('ends the connected session when the server answers SESSION_EXPIRED', async () => {
    const connected = fixedSession('access-1')
    const session = connectableSession()
    session.connect(connected)
    const transport: HeaderAwareClient = {
      execute: async () => {
        throw new ApiError({ code: ErrorCode.SESSION_EXPIRED })
      },
    }
    const client = createAuthenticatedClient(transport, session.source)

    await expect(client.execute(QUERY)).rejects.toMatchObject({ code: ErrorCode.SESSION_EXPIRED, message: '登录已过期，请重新登录' })
    expect(connected.expired).toBe(1)
  })
})
